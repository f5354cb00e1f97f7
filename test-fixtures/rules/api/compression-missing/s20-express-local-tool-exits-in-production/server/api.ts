/**
 * File editor for the catalog data. Development-only: do not deploy.
 */
import express from 'express';
import fs from 'fs/promises';

if (process.env.NODE_ENV === 'production') {
  console.error('The maintainer tool must not run in production.');
  process.exit(1);
}

const app = express();
app.use(express.json());

app.get('/api/items', async (_req, res) => {
  res.json(JSON.parse(await fs.readFile('data/items.json', 'utf8')));
});

app.listen(5175, '127.0.0.1');
