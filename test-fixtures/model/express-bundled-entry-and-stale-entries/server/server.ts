import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import { items } from './items.js';

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing
app.use(helmet());
app.use(cors({ origin: ['https://catalog.example.com'] }));
app.use(rateLimit({ windowMs: 60_000, limit: 120 }));
app.use(express.json());
app.use('/api/items', items);

app.listen(Number(process.env.PORT) || 5050); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
