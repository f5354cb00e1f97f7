import express from 'express';
import rateLimit from 'express-rate-limit';
import { authRouter } from './routes/auth';
import { commentsRouter } from './routes/comments';

const apiLimiter = rateLimit({ windowMs: 60 * 1000, limit: 100 });

const app = express();
app.use(express.json());

app.use('/api/auth', authRouter);
app.use(apiLimiter); // expect: ratelimit/after-routes[warning]
app.use('/api/comments', commentsRouter);

export default app;
