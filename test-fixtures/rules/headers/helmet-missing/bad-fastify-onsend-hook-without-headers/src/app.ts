import Fastify from 'fastify';

const app = Fastify({ logger: true }); // expect: headers/helmet-missing
// an onSend hook that only stamps a timing header: no security headers
app.addHook('onSend', async (_request, reply, payload) => {
  reply.header('X-Served-By', 'telemetry');
  reply.header('Cache-Control', 'no-store');
  return payload;
});

app.get('/pings', async () => []);

await app.listen({ port: 3001 });
