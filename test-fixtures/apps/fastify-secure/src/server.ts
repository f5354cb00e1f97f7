import 'dotenv/config';
import { buildApp } from './app.js';

const app = await buildApp();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  });
}

try {
  await app.listen({ port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? '0.0.0.0' });
} catch (err) {
  app.log.error(err);
  process.exit(1);
}

process.on('unhandledRejection', (reason) => {
  app.log.fatal({ reason }, 'unhandled promise rejection');
  app.close().then(() => process.exit(1));
});
