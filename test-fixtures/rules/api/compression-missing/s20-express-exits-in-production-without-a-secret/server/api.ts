import express from 'express';
import fs from 'fs/promises';

// start-up check: production needs its signing secret
if (process.env.NODE_ENV === 'production' && !process.env.SESSION_SECRET) {
  console.error('SESSION_SECRET is required in production.');
  process.exit(1);
}

const app = express(); // expect: api/compression-missing
app.use(express.json());

app.get('/api/items', async (_req, res) => {
  res.json(JSON.parse(await fs.readFile('data/items.json', 'utf8')));
});

app.listen(5175);
