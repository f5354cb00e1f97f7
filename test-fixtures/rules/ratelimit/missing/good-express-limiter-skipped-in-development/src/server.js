import express from 'express';
import rateLimit from 'express-rate-limit';

const app = express();
app.use(express.json());

// no limit while developing; production gets the real limiter
const limiter = process.env.NODE_ENV === 'development'
  ? (req, res, next) => next()
  : rateLimit({ windowMs: 60_000, limit: 120 });

app.use('/api', limiter);

app.get('/api/scores', (req, res) => res.json([]));
app.post('/api/scores', (req, res) => res.status(201).json({ ok: true }));

app.listen(3000);
