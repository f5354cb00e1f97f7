import express from 'express';
import { recipesRouter } from './recipes';

// No headers middleware at all: headers/helmet-missing reports this app, not this rule.
const app = express();
app.use(express.json());
app.use('/api/recipes', recipesRouter);

app.listen(3000);
