import express from 'express';
import { authRouter } from './routes/auth';
import { postsRouter } from './routes/posts';

// No limiter anywhere: ratelimit/missing reports the app once; this rule stays quiet.
const app = express();
app.use(express.json({ limit: '10kb' }));

app.use('/api/posts', postsRouter);
app.use('/api/auth', authRouter);

export default app;
