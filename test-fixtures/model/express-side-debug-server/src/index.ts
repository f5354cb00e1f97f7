import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import { memberRoutes } from './routes/members.js';

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing
app.use(helmet());
app.use(cors({ origin: ['https://members.example.org'] }));
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json());
app.use('/api/members', memberRoutes);

app.listen(Number(process.env.PORT) || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
