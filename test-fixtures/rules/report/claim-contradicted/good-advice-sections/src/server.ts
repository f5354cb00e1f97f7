import express from 'express';

const app = express();
app.use(express.json());

app.post('/login', (_req, res) => res.json({ ok: true }));
app.get('/pictures', (_req, res) => res.json([]));

app.listen(3000);
