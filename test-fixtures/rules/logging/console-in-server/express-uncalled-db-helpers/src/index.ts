import express from 'express';
import { listVoters } from './services/voters.js';

const app = express();

app.get('/api/voters', async (req, res, next) => {
  try {
    res.json(await listVoters(Number(req.query.page ?? 0)));
  } catch (err) {
    next(err);
  }
});

app.listen(4000);
