const express = require('express');
const helmet = require('helmet');
const { rateLimit } = require('express-rate-limit');
const bookRoute = require('./routes/book.route');

const app = express(); // expect: api/openapi-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json());
app.use('/v1/books', bookRoute);

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
