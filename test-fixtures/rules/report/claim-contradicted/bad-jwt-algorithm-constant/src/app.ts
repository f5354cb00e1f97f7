import express from 'express';
import { issue } from './tokens';

const app = express();
app.post('/token', (_req, res) => res.json({ token: issue('u1', {}) }));
app.listen(3000);
