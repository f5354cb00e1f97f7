const express = require('express');
const helmet = require('helmet');
const morgan = require('morgan');
const config = require('./config/config');
const { signInLimiter } = require('./config/limits');
const v1 = require('./routes/v1');

const app = express(); // expect: api/openapi-missing, errors/global-handler-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing

// headers are set by the proxy in development; the app adds them in production
if (config.env === 'production') {
  app.use(helmet());
}

if (config.env === 'development') {
  app.use(morgan('dev')); // expect: logging/no-request-id
}

app.use(express.json());

if (process.env.NODE_ENV === 'production') {
  app.use('/v1/auth', signInLimiter);
}

app.use('/v1', v1);

module.exports = app;
