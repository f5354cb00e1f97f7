import * as Sentry from '@sentry/nestjs';

// performance monitoring: every request becomes a transaction (throughput, latency, failure rate per route)
Sentry.init({
  dsn: process.env.SENTRY_DSN,
  environment: process.env.NODE_ENV,
  tracesSampleRate: process.env.NODE_ENV === 'production' ? 0.2 : 1.0,
});
