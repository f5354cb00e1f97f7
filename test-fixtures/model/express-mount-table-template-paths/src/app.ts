import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import rateLimit from 'express-rate-limit';
import { env } from './env';
import { mountAll } from './server/module-registry';

const app = express(); // expect: api/compression-missing, api/openapi-missing, errors/global-handler-missing, observability/metrics-missing, observability/tracing-missing
app.use(helmet());
app.use(cors({ origin: ['https://vouchers.example.com'] }));
app.use(rateLimit({ windowMs: 60_000, limit: 200 }));
app.use(express.json());

mountAll(app);

app.listen(env.PORT); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
