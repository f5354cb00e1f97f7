import express from 'express';
import helmet from 'helmet';
import { recipesRouter } from './recipes';

const app = express();
app.use(helmet());
app.use(express.json());

app.get('/', (_req, res) => {
  res.type('html').send('<h1>Recipes API</h1><p>See <a href="/docs">/docs</a>.</p>');
});

app.use('/api/recipes', recipesRouter);

app.use((_req, res) => {
  res.status(404).json({ error: 'Not found' });
});

export default app;
