import express from 'express';
import rateLimit from 'express-rate-limit';
import { nanoid } from 'nanoid';
import { z } from 'zod';

// A deliberately anonymous URL shortener: no route authenticates, so none is singled out.
const links = new Map<string, string>();
const app = express();
app.use(rateLimit({ windowMs: 60 * 1000, limit: 30 }));
app.use(express.json({ limit: '2kb' }));

app.post('/links', (req, res) => {
  const { url } = z.object({ url: z.string().url().max(2048) }).parse(req.body);
  const code = nanoid(8);
  links.set(code, url);
  res.status(201).json({ code });
});

app.get('/:code', (req, res) => {
  const url = links.get(z.string().length(8).parse(req.params.code));
  if (!url) return res.status(404).end();
  res.redirect(301, url);
});

app.listen(3000);
