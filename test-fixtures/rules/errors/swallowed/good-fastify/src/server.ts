import Fastify from 'fastify';
import { store } from './services';

const app = Fastify();
app.post('/orders', async (request, reply) => {
  const order = await store.save({ item: String((request.body as any).item) });
  return reply.code(201).send(order);
});
