import Fastify from 'fastify';
import he from 'he';

const app = Fastify();

// Fastify sends a string as text/plain
app.get('/hello', async (request, reply) => {
  return reply.send(`<h1>Hello ${request.query.name}</h1>`);
});

app.get('/page', async (request, reply) => {
  reply.type('text/html').send(`<h1>Hello ${he.encode(request.query.name)}</h1>`);
});

app.listen({ port: 3001 });
