const express = require('express');
const app = express(); // expect: observability/metrics-missing, observability/tracing-missing
app.get('/health', (req, res) => res.json({ ok: true })); // expect: observability/health-shallow
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
