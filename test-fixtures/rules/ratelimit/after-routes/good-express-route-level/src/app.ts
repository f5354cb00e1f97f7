import express from 'express';
import rateLimit from 'express-rate-limit';
import { commentsRouter } from './comments';

const app = express();
app.use(express.json());

app.use('/api/comments', commentsRouter);

// Only feedback submission is limited; the limiter is declared on the route itself, so order does not matter.
const postLimiter = rateLimit({ windowMs: 10 * 60 * 1000, limit: 20 });
app.post('/api/feedback', postLimiter, (req, res) => {
  res.status(202).json({ received: String(req.body.message ?? '').length });
});

app.listen(3000);
