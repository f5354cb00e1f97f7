import Fastify from 'fastify';
import { pool, redis } from './connections';

const app = Fastify();
app.get('/jobs', async () => {
  const cached = await redis.get('jobs');
  if (cached) return JSON.parse(cached);
  const { rows } = await pool.query('SELECT id, state FROM jobs ORDER BY id DESC LIMIT 20');
  await redis.set('jobs', JSON.stringify(rows), 'EX', 30);
  return rows;
});
app.listen({ port: 3000 });
