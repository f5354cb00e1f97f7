import express from 'express';
import rateLimit from 'express-rate-limit';

const app = express(); // expect: ratelimit/missing[warning]
app.use(express.json());

// the other way round: production skips the limiter
const limiter = process.env.NODE_ENV === 'production'
  ? (req, res, next) => next()
  : rateLimit({ windowMs: 60_000, limit: 120 });

app.use('/api', limiter);

app.get('/api/scores', (req, res) => res.json([]));

app.listen(3000);
