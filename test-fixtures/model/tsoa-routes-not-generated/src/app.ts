import express from 'express';
import helmet from 'helmet';
import { RegisterRoutes } from './generated/routes';

const app = express(); // expect: ratelimit/missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use(helmet());
app.use(express.json());
RegisterRoutes(app);
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
