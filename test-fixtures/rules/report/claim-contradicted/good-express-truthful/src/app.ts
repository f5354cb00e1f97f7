import express from 'express';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';

const NoteSchema = z.object({ title: z.string().min(1), body: z.string().max(10_000) });

const app = express();
app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json({ limit: '100kb' }));

app.post('/notes', (req, res) => {
  const note = NoteSchema.parse(req.body);
  res.status(201).json(note);
});

app.get('/health', (_req, res) => res.json({ status: 'ok' }));

app.listen(3000);
