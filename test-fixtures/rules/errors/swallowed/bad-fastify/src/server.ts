import Fastify from 'fastify';
import { store } from './services';

const app = Fastify();
app.post('/orders', async (request, reply) => {
  try {
    await store.save({ item: String((request.body as any).item) });
  } catch (err) {} // expect: errors/swallowed
  return reply.code(201).send({ ok: true });
});
