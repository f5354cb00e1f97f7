import Fastify from 'fastify';

const app = Fastify();

app.get('/hello', async (request, reply) => {
  return reply.type('text/html').send(`<h1>Hello ${request.query.name}</h1>`); // expect: injection/xss
});

app.get('/note/:id', async (request, reply) => {
  reply.header('content-type', 'text/html; charset=utf-8');
  reply.send('<article>' + request.params.id + '</article>'); // expect: injection/xss
});

app.listen({ port: 3000 });
