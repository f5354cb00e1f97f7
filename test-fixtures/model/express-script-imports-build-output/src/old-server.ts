// An earlier single-file server kept beside the one the scripts start; nothing imports or runs it.
import express from 'express';
import { query } from './db.js';

const app = express();
app.use(express.json());

app.post('/api/reviews', async (req, res) => {
  await query('INSERT INTO reviews (stars, body) VALUES ($1, $2)', [req.body.stars, req.body.body]);
  res.status(201).json({ ok: true });
});

app.listen(3001);
