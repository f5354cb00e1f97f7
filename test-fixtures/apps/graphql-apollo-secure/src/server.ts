import { createApp } from './app';
import { config, logger } from './config';
import { prisma } from './db';

const app = await createApp();
const server = app.listen(config.PORT, () => {
  logger.info({ port: config.PORT }, 'BookClub GraphQL listening');
});

function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  server.close(async () => {
    await prisma.$disconnect();
    process.exit(0);
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('unhandledRejection', (reason) => {
  logger.error({ reason }, 'unhandled promise rejection');
});
