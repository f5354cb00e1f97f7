import express from 'express';

const app = express();
app.use(express.json());

const entries: { id: number; amount: number }[] = [];

app.post('/login', (req, res) => {
  res.json({ ok: typeof req.body.user === 'string' });
});

app.get('/api/entries', (_req, res) => {
  res.json(entries.slice(0, 50));
});

app.listen(3000);
