import express from 'express';
import { tenantScope, TenantRequest } from './middleware/tenant';
import items from './routes/items';

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use('/api', tenantScope);
app.use('/api', items);

app.get('/api/whoami', (req, res) => {
  res.json({ tenant: (req as TenantRequest).tenantId });
});

app.listen(Number(process.env.PORT ?? 3000)); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
