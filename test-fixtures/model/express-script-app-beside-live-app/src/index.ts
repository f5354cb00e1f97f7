import express from 'express';
import helmet from 'helmet';
import people from './routes/people';

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(helmet());
app.use('/api/people', people);
app.listen(Number(process.env.PORT ?? 3000)); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
