import Fastify from 'fastify';
import { getPool, closePool } from './db.js';
import { makeShutdown } from './shutdown.js';

const app = Fastify({ logger: true });

app.get('/health', async () => ({ ok: true }));

app.get('/pages/:id', async (request, reply) => {
  const { rows } = await getPool().query('SELECT id, title FROM pages WHERE id = $1', [request.params.id]);
  if (rows.length === 0) return reply.code(404).send({ error: 'not found' });
  return rows[0];
});

async function start() {
  await app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
  const shutdown = makeShutdown({
    log: app.log,
    steps: [
      { name: 'http', run: () => app.close() },
      { name: 'pg', run: () => closePool() },
    ],
  });
  process.on('SIGTERM', () => {
    void shutdown('SIGTERM');
  });
  process.on('SIGINT', () => {
    void shutdown('SIGINT');
  });
}

start();
