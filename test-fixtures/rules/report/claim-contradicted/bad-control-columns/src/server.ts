import express from 'express';
import rateLimit from 'express-rate-limit';

const loginLimiter = rateLimit({ windowMs: 15 * 60_000, limit: 5 });

const app = express();
app.use(express.json());
app.post('/login', loginLimiter, (req, res) => res.json({ ok: true }));
app.get('/orders', (_req, res) => res.json([]));
app.post('/orders', (req, res) => res.status(201).json(req.body));
app.listen(8080);
