import express from 'express';
import { Pool } from 'pg';

// the first version of the service, an Express server; only src/index.ts starts it
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });

export class Application {
  private server = express();

  start(port: number) {
    this.server.get('/tasks', async (_req, res) => res.json((await pool.query('SELECT id FROM tasks LIMIT 50')).rows));
    this.server.listen(port);
  }
}

export function createApp(): Application {
  return new Application();
}
