import express from 'express';
import { authenticate } from '@/middleware/auth';
import bookings from '@/routes/bookings';

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use('/api', bookings);

app.get('/api/me', authenticate, (req, res) => {
  res.json((req as any).user);
});

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
