import cors from 'cors';
import express from 'express';
import { recipesRouter } from './recipes';

const app = express(); // expect: headers/helmet-missing[warning]

app.use(cors({ origin: ['https://recipes.example.com'] }));
app.use(express.json());

app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

app.use('/api/recipes', recipesRouter);

export default app;
