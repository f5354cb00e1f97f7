import express from 'express';
import pool from './config/pg';
import { MongoConnection } from './config/mongo';
import { TableLogger } from './logging/db-logger';

const app = express();
const log = new TableLogger();

app.get('/samples', async (_req, res) => {
  const r = await pool.query('SELECT id, name FROM samples LIMIT 50');
  log.printMessages('info', ['listed samples']);
  log.describe();
  res.json(r.rows);
});

app.get('/samples/count', async (_req, res) => {
  pool.query('SELECT count(*) FROM samples', (err: Error | null, r: any) => {
    if (err) console.error('count failed', err); // expect: logging/console-in-server
    res.json({ count: err ? null : r.rows[0].count });
  });
});

new MongoConnection().connect(process.env.MONGO_URL ?? '').catch(() => process.exit(1));
app.listen(3000);
