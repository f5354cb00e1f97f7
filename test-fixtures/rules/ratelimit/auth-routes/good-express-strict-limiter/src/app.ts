import express from 'express';
import rateLimit from 'express-rate-limit';
import { authRouter } from './routes/auth';
import { postsRouter } from './routes/posts';

const app = express();
app.set('trust proxy', 1);
app.use(express.json({ limit: '10kb' }));

app.use('/api/posts', rateLimit({ windowMs: 60 * 1000, limit: 60 }), postsRouter);
app.use('/api/auth', authRouter);

export default app;
