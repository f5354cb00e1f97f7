import express from 'express';
import cors from 'cors';
import { body, validationResult } from 'express-validator';
import { authenticate } from './auth';

const subscribers: string[] = [];
const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json());

app.post('/api/uploads/image', authenticate, (_req, res) => res.status(201).end());
app.delete('/api/uploads/image/:name', authenticate, (_req, res) => res.status(204).end());
app.post('/api/newsletter', body('email').isEmail(), (req, res) => {
  if (!validationResult(req).isEmpty()) return res.status(400).end();
  subscribers.push(String(req.body.email));
  res.status(201).end();
});
app.get('/api/items/:id/status', (_req, res) => res.json({ ok: true }));
app.listen(3000);
