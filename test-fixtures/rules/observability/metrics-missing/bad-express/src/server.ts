import express from 'express';

const app = express(); // expect: observability/metrics-missing
app.get('/orders', (_req, res) => res.json([]));
app.listen(3000);
