import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';

const dishes = [{ id: 1, name: 'Pad thai' }];

const app = Fastify({ logger: true });

app.get('/dishes', async () => dishes);

app.post<{ Body: { name: string } }>('/dishes', {
  schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 80 } } } },
}, async (request, reply) => {
  const dish = { id: dishes.length + 1, name: request.body.name };
  dishes.push(dish);
  return reply.code(201).send(dish);
});

// Registered after the routes: Fastify applies the plugin's hooks to the whole root scope anyway.
await app.register(rateLimit, { max: 100, timeWindow: '1 minute' });

await app.listen({ port: 3000 });
