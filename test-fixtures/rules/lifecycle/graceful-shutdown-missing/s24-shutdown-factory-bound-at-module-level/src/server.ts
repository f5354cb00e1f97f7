import Fastify from 'fastify';
import { createGracefulShutdown } from './runtime-shutdown.js';

const app = Fastify({ logger: true });
app.get('/api/reminders', async () => []);

const shutdown = createGracefulShutdown({
  close: () => app.close(),
  timeoutMs: 10_000,
});

process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port: Number(process.env.PORT) || 3000 });
