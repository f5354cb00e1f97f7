import express from 'express';
import { sql, databaseReachable } from './db';
import { remember } from './cache';

const app = express();

// the database round trip is cached for five seconds so frequent polls do not each hit it
app.get('/api/health', async (_req, res) => {
  const up = await remember('health:db', () => databaseReachable(), 5000);
  res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'degraded', uptime: process.uptime() });
});

app.get('/api/holdings', async (_req, res) => {
  res.json(await sql`SELECT id, symbol, quantity FROM holdings ORDER BY symbol LIMIT 100`);
});

app.listen(3000);
