import express from 'express';

const app = express();
app.use(express.json());
app.get('/health', (_req, res) => res.json({ status: 'ok' }));
app.get('/cases', (_req, res) => res.json([]));
app.post('/cases', (req, res) => res.status(201).json(req.body));
app.listen(3000);
