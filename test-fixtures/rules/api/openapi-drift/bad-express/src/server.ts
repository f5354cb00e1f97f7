import express from 'express';

const app = express();
app.use(express.json());
app.get('/health', (_req, res) => res.json({ status: 'ok' }));
app.get('/api/users', (_req, res) => res.json([]));
app.get('/api/users/:userId', (req, res) => res.json({ id: req.params.userId }));
app.post('/api/users', (req, res) => res.status(201).json(req.body)); // expect: api/openapi-drift
app.listen(3000);
