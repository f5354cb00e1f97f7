import express from 'express';
import helmet from 'helmet';
import { recipesRouter } from './recipes';

const app = express();
app.use(express.json());

app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

app.use('/api/recipes', recipesRouter);

app.use(helmet()); // expect: headers/helmet-after-routes[warning]

app.use((_req, res) => {
  res.status(404).json({ error: 'Not found' });
});

export default app;
