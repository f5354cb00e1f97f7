import express from 'express';

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.get('/health', (_req, res) => res.json({ ok: true }));
app.get('/invoices/:id', (req, res) => res.json({ id: req.params.id }));
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
