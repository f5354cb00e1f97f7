import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { tasksRouter } from './routes/tasks';

const app = express(); // expect: ratelimit/missing[warning]

app.use(helmet());
app.use(cors({ origin: ['https://tasks.example.com'] }));
app.use(express.json({ limit: '100kb' }));

app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

app.use('/api/tasks', tasksRouter);

export default app;
