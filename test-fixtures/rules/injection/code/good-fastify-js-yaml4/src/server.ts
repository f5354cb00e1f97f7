import Fastify from 'fastify';
import yaml from 'js-yaml';

const app = Fastify();

// js-yaml 4: load uses the default (safe) schema; !!js/function is not a type there
app.post('/import', async (request) => {
  return yaml.load(request.body as string);
});

app.listen({ port: 3000 });
