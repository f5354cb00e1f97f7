import Fastify from 'fastify';
import { pool, inTx } from './db';

const app = Fastify();

app.post('/desks/:id/hold', async (request, reply) => {
  const { id } = request.params as { id: string };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const r = await client.query('UPDATE desks SET held = true WHERE id = $1 AND held = false RETURNING id', [id]);
    await client.query('INSERT INTO holds (desk_id) VALUES ($1)', [id]);
    await client.query('COMMIT');
    return reply.send({ held: r.rowCount === 1 });
  } catch (e) {
    try { await client.query('ROLLBACK'); } catch {}
    throw e;
  } finally {
    client.release();
  }
});

app.post('/desks/:id/release', async (request, reply) => {
  const { id } = request.params as { id: string };
  await inTx(async (c) => {
    await c.query('UPDATE desks SET held = false WHERE id = $1', [id]);
    await c.query('DELETE FROM holds WHERE desk_id = $1', [id]);
  });
  return reply.send({ released: true });
});

// the same empty catch where nothing rethrows: the client is told the hold was dropped even when it failed
app.delete('/holds/:id', async (request, reply) => {
  const { id } = request.params as { id: string };
  try {
    await pool.query('DELETE FROM holds WHERE id = $1', [id]);
  } catch {} // expect: errors/swallowed
  return reply.code(204).send();
});

app.listen({ port: 3000 });
