import express from 'express';
import type { Router } from 'express';

// loaded inside a try so a broken module is logged before the process exits
let authRoutes: Router;
try {
  authRoutes = require('./routes/auth').default;
} catch (error) {
  console.error('could not load the auth routes', error);
  throw error;
}

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use('/api/auth', authRoutes);
app.use('/api/rooms', require('./routes/rooms').default);
app.listen(Number(process.env.PORT ?? 3000)); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
