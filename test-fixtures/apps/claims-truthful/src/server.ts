import { createApp } from './app';
import { config } from './config';
import { prisma } from './db';
import { logger } from './logger';

const SHUTDOWN_TIMEOUT_MS = 10_000;

const app = createApp();
const server = app.listen(config.PORT, () => {
  logger.info({ port: config.PORT, env: config.NODE_ENV }, 'notes-api listening');
});

let shuttingDown = false;

function shutdown(signal: string): void {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info({ signal }, 'shutting down: closing HTTP server');

  // Stop accepting connections; in-flight requests are allowed to finish.
  server.close(async (err) => {
    await prisma.$disconnect();
    logger.info('HTTP server closed, database disconnected');
    process.exit(err ? 1 : 0);
  });

  setTimeout(() => {
    logger.error('graceful shutdown timed out, forcing exit');
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('unhandledRejection', (reason) => {
  logger.fatal({ reason }, 'unhandled promise rejection');
  shutdown('unhandledRejection');
});
