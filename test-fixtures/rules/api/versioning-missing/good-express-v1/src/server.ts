import express from 'express';

const app = express();
const v1 = express.Router();
v1.get('/orders', (_req, res) => res.json([]));

app.get('/health', (_req, res) => res.json({ status: 'ok' }));
app.use('/api/v1', v1);
app.listen(3000);
