const Sentry = require('@sentry/node');

function buildSentryOptions({ dsn, environment, tracesSampleRate = 0.2 }) {
  return {
    dsn,
    environment,
    tracesSampleRate,
    integrations: [Sentry.httpIntegration(), Sentry.expressIntegration()],
    sampleRate: 1.0,
  };
}

module.exports = { buildSentryOptions };
