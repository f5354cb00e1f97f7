import Fastify from 'fastify';
import Redis from 'ioredis';
import { db, closeDatabase } from './db/index.js';

const cache = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
const app = Fastify({ logger: true });
app.get('/screenings', async () => {
  const hit = await cache.get('screenings');
  if (hit) return JSON.parse(hit);
  const rows = await db.selectFrom('screening').selectAll().limit(50).execute();
  await cache.set('screenings', JSON.stringify(rows), 'EX', 60);
  return rows;
});

const stop = async () => {
  await app.close();
  await closeDatabase();
  process.exit(0);
};
process.on('SIGTERM', stop); // expect: lifecycle/db-not-closed
process.on('SIGINT', stop);

await app.listen({ port: 3000, host: '0.0.0.0' });
