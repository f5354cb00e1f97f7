import express from 'express';
import settings from './config';

async function boot() {
  const server = express(); // expect: api/openapi-missing, errors/global-handler-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
  // loaded late on purpose: the loaders read configuration at import time
  await require('./loaders').default({ httpServer: server });
  server.listen(settings.port); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}

boot();
