import express from 'express';
import { projectsRouter } from './routes/projects';

const app = express();
app.use(express.json());

app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

app.use('/projects', projectsRouter);

export default app;
