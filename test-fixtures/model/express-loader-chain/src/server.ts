import express from 'express';
import settings from './config';

async function boot() {
  const server = express(); // expect: api/compression-missing
  // loaded late on purpose: the loaders read configuration at import time
  await require('./loaders').default({ httpServer: server });
  server.listen(settings.port);
}

boot();
