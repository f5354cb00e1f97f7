import Fastify from 'fastify';

const app = Fastify();
const adminPassword = process.env.ADMIN_PASSWORD;

app.addHook('onRequest', async (request, reply) => {
  if (request.url.startsWith('/admin') && request.headers['x-admin-password'] != adminPassword) { // expect: authn/timing-unsafe-compare
    return reply.code(401).send();
  }
});

app.get('/admin/health', async () => ({ ok: true }));
app.listen({ port: 3000 });
