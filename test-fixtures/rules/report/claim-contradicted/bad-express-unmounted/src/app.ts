import express from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';

const NoteSchema = z.object({ title: z.string().min(1), body: z.string().max(10_000) });

export const limiter = rateLimit({ windowMs: 60_000, limit: 100 });

const app = express();
app.use(express.json());

app.post('/notes', (req, res) => {
  const note = NoteSchema.parse(req.body);
  res.status(201).json(note);
});

app.listen(3000);
