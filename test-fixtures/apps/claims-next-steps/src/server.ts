import { createApp } from './app';
import { pool } from './db';
import { logger } from './logger';

const port = Number(process.env.PORT ?? 3000);
const server = createApp().listen(port, () => logger.info({ port }, 'inventory-api listening')); // expect: errors/unhandled-rejection

function shutdown(signal: NodeJS.Signals) {
  logger.info({ signal }, 'shutting down');
  server.close(() => {
    pool.end().finally(() => process.exit(0));
  });
}

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
