import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { recipesRouter } from './recipes';

const app = express(); // expect: headers/helmet-missing[warning]

// helmet is imported (and listed in package.json) but never passed to app.use().
app.disable('x-powered-by');
app.use(cors({ origin: ['https://recipes.example.com'] }));
app.use(express.json());

app.use('/api/recipes', recipesRouter);

export default app;
