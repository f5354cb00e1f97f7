import express from 'express';
import { connectCache } from './cache.js';
import { cacheState, cacheStateStrict } from './health.js';

const app = express();
connectCache();

app.get('/health', async (req, res) => {
  const cache = await cacheState();
  res.set('Cache-Control', 'no-store');
  res.json({ status: 'ok', uptime: process.uptime(), cache });
});

app.get('/health/strict', async (req, res) => { // expect: errors/async-handler-unwrapped
  const cache = await cacheStateStrict();
  res.json({ status: 'ok', cache });
});

app.listen(3000);
