import express from 'express';
import { throttle } from './middleware/throttle';

const app = express();
app.use(express.json());
app.use(throttle(60_000, 300));

app.get('/items', (_req, res) => res.json([]));
app.post('/items', (_req, res) => res.status(201).end());

export default app;
