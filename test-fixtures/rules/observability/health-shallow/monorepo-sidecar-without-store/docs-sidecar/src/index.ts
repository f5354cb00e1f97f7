import express from 'express';
import { request } from 'undici';

const app = express();
app.use(express.json());

app.post('/fetch', async (req, res) => {
  const url = String(req.body?.url ?? '');
  if (!/^https:\/\/docs\.example\.com\//.test(url)) {
    res.status(400).json({ error: 'url not allowed' });
    return;
  }
  const r = await request(url);
  res.type('text/plain').send(await r.body.text());
});

app.get('/health', (_req, res) => {
  res.json({ status: 'ok', uptime: process.uptime() });
});

app.listen(3100, '127.0.0.1');
