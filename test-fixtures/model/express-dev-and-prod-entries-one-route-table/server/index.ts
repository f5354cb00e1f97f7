// development entry: the same routes as production, with the dev server's extras
import express from 'express';
import { registerAllRoutes } from './routes';

const app = express(); // expect: api/compression-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
registerAllRoutes(app);
app.listen(Number(process.env.PORT ?? 5000)); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
