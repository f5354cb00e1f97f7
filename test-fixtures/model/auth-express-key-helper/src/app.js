const express = require('express');
const { requireAccessKey, requireSomeBearer } = require('./keys');

const app = express(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use(express.json());

const alerts = [];
const alertsRouter = express.Router();
alertsRouter.post('/', (req, res) => { alerts.push({ at: Date.now() }); res.status(201).json({ ok: true }); });
alertsRouter.delete('/:id', (req, res) => { alerts.length = 0; res.status(204).end(); });

const notes = [];
app.use('/v2/alerts', requireAccessKey, alertsRouter);
app.post('/v2/notes', requireSomeBearer, (req, res) => { notes.push({ at: Date.now() }); res.status(201).json({ saved: true }); }); // expect: authn/unauthenticated-mutation

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
