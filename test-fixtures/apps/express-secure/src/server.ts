import app from './app';
import { config, logger } from './config';
import { pool, prisma } from './db';

const server = app.listen(config.PORT, () => {
  logger.info({ port: config.PORT }, 'TaskBoard API listening');
});

function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  server.close(async () => {
    await Promise.allSettled([pool.end(), prisma.$disconnect()]);
    process.exit(0);
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('unhandledRejection', (reason) => {
  logger.error({ reason }, 'unhandled promise rejection');
});
