import express from 'express';
import rateLimit from 'express-rate-limit';
import helmet from 'helmet';
import { tasksRouter } from './routes/tasks';

const app = express();
app.set('trust proxy', 1);

app.use(helmet());
app.use(rateLimit({ windowMs: 60 * 1000, limit: 100, standardHeaders: 'draft-7', legacyHeaders: false }));
app.use(express.json({ limit: '100kb' }));

app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

app.use('/api/tasks', tasksRouter);

export default app;
