import express from 'express';
import { PoolMetrics, verifyHook } from './metrics';

const app = express();
app.use(express.json());
const metrics = new PoolMetrics();
app.get('/metrics/pool', async (_req, res) => res.json(await metrics.sample()));
app.post('/hooks/ping', (req, res) => res.status(verifyHook(req.body, String(req.headers['x-signature'])) ? 204 : 401).end());
app.listen(3000);
