import express from 'express';

const app = express();
const api = express.Router();

api.get('/health', (_req, res) => res.json({ status: 'ok' }));
api.get('/orders', (_req, res) => res.json([]));
app.use('/api/v1', api);

app.listen(3000);
