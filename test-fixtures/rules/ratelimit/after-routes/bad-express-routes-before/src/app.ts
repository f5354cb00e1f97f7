import express from 'express';
import rateLimit from 'express-rate-limit';
import { commentsRouter } from './comments';

const articles: { id: number; title: string }[] = [];

const app = express();
app.use(express.json());

app.get('/api/articles', (_req, res) => {
  res.json(articles);
});

app.post('/api/articles', (req, res) => {
  const article = { id: articles.length + 1, title: String(req.body.title).slice(0, 200) };
  articles.push(article);
  res.status(201).json(article);
});

// 100 requests per minute per IP for the API.
app.use(rateLimit({ windowMs: 60 * 1000, limit: 100, standardHeaders: 'draft-7', legacyHeaders: false })); // expect: ratelimit/after-routes[warning]

app.use('/api/comments', commentsRouter);

app.listen(3000);
