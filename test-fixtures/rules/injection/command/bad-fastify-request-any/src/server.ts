import Fastify from 'fastify';
import { execSync } from 'node:child_process';

const app = Fastify();

// a handler typed loosely: `request: any` is still the request
app.post('/thumbs', async (request: any, reply) => {
  const file = request.body.file;
  const out = execSync(`convert ${file} -resize 64x64 /tmp/thumb.png`); // expect: injection/command
  return reply.send({ ok: out.length > 0 });
});

app.listen({ port: 3000 });
