import express from 'express';

const app = express();
app.get('/api/orders', (_req, res) => res.json([]));
app.get('/api/orders/:id', (req, res) => res.json({ id: req.params.id }));
app.listen(3000);
