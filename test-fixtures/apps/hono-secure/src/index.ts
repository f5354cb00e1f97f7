import { serve } from '@hono/node-server';
import app from './app.js';
import { env } from './env.js';
import { client } from './db/client.js';

const server = serve({ fetch: app.fetch, port: env.PORT }, (info) => {
  console.log(`Inkwell API listening on http://localhost:${info.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(async () => {
      await client.end();
      process.exit(0);
    });
  });
}

process.on('unhandledRejection', (reason) => {
  console.error('unhandled promise rejection', reason);
  server.close(() => process.exit(1));
});
