import 'reflect-metadata';
import express from 'express';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import { useExpressServer } from 'routing-controllers';
import { controllers } from './controllers';

const app = express(); // expect: api/openapi-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 120 }));

useExpressServer(app, {
  routePrefix: '/v2',
  cors: { origin: ['https://console.example.org'], credentials: true },
  validation: false,
  controllers,
});

app.listen(8080); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
