import express, { Router } from 'express';
import { slowDown } from 'express-slow-down';
import { z } from 'zod';

const docs = ['getting started', 'rate limiting', 'deployment'];
const search = Router();

// After 50 requests in 15 minutes, each further request waits 500 ms longer.
search.use(slowDown({ windowMs: 15 * 60 * 1000, delayAfter: 50, delayMs: (hits) => (hits - 50) * 500 }));

search.get('/', (req, res) => {
  const { q } = z.object({ q: z.string().min(1).max(100) }).parse(req.query);
  res.json(docs.filter((d) => d.includes(q.toLowerCase())));
});

const app = express();
app.use('/search', search);
app.listen(3000);
