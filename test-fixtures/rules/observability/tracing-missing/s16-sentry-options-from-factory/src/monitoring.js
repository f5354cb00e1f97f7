const Sentry = require('@sentry/node');
const { buildSentryOptions } = require('./sentry-options');

function startMonitoring() {
  if (!process.env.SENTRY_DSN) return;
  const options = buildSentryOptions({ dsn: process.env.SENTRY_DSN, environment: process.env.NODE_ENV || 'development' });
  Sentry.init(options);
}

module.exports = { startMonitoring };
