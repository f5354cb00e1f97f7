import express from 'express';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import { orders } from './routes/orders';

export const app = express(); // expect: api/openapi-missing, errors/global-handler-missing, api/versioning-missing, api/compression-missing
app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use('/orders', orders);
app.get('/health', (_req, res) => res.send('ok'));
