import express from 'express';
import rateLimit from 'express-rate-limit';

const quotes = ['Simplicity is prerequisite for reliability.', 'Make it work, make it right, make it fast.'];

// Created for the quote endpoint, but never passed to app.use() or to a route.
const quoteLimiter = rateLimit({ windowMs: 60 * 1000, limit: 30 });

const app = express(); // expect: ratelimit/missing[warning]

app.get('/quotes/random', (_req, res) => {
  res.json({ quote: quotes[Math.floor(Math.random() * quotes.length)] });
});

app.get('/quotes', (_req, res) => {
  res.json(quotes);
});

app.listen(3000);
