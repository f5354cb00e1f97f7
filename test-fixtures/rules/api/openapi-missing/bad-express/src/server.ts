import express from 'express';

const app = express(); // expect: api/openapi-missing
const orders = express.Router();
orders.get('/', (_req, res) => res.json([]));
orders.post('/', (req, res) => res.status(201).json(req.body));

app.get('/health', (_req, res) => res.json({ status: 'ok' }));
app.use('/api/orders', orders);
app.listen(3000);
