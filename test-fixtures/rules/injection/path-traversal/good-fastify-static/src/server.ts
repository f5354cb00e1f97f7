import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import path from 'node:path';

const app = Fastify();
app.register(fastifyStatic, { root: path.join(__dirname, 'public') });

// @fastify/static hands the name to @fastify/send with the plugin's root: ../ is refused
app.get('/pages/:page', async (request, reply) => {
  const { page } = request.params as { page: string };
  return reply.sendFile(`${page}.html`);
});

app.get('/docs/:name', async (request, reply) => {
  const { name } = request.params as { name: string };
  return reply.sendFile(name, path.join(__dirname, 'docs'));
});

app.listen({ port: 3000 });
