import express from 'express';
import { authRouter } from './routes/auth';

const app = express();
app.use(express.json({ limit: '10kb' }));
app.use('/api/auth', authRouter);

export default app;
