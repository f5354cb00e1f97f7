import express from 'express';
import { sql, markBooted } from './db';
import { remember } from './cache';

const app = express();

// caches an answer that never asks the database
app.get('/api/health', async (_req, res) => { // expect: observability/health-shallow
  const body = await remember('health', async () => ({ status: 'ok', at: new Date().toISOString() }), 5000);
  res.json(body);
});

app.get('/api/holdings', async (_req, res) => {
  res.json(await sql`SELECT id, symbol, quantity FROM holdings ORDER BY symbol LIMIT 100`);
});

markBooted();
app.listen(3000);
