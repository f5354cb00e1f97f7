import express from 'express';
import { serve } from 'inngest/express';
import { inngest, functions } from './inngest/client.js';

const app = express(); // expect: api/compression-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.get('/health', (_req, res) => res.json({ ok: true }));
// the library answers GET (introspection), POST (a run Inngest Cloud sends) and PUT (sync) here
app.use('/api/inngest', serve({ client: inngest, functions }));
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
