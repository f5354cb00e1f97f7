import Fastify from 'fastify';
import cachePlugin from './plugins/cache';
import { registerSweepJob } from './jobs/sweep.job';

async function main() {
  const app = Fastify();
  await app.register(cachePlugin);
  await registerSweepJob(app);
  app.get('/ping', async () => ({ ok: true }));

  const shutdown = (signal: string): void => {
    app.log.info({ signal }, 'closing');
    app.close().then(() => process.exit(0)).catch(() => process.exit(1));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  await app.listen({ port: 3000 });
}

main();
