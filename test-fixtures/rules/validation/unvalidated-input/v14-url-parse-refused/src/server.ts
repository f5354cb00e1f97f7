import Fastify, { FastifyReply, FastifyRequest } from 'fastify';

const app = Fastify();

async function preview(target: URL) {
  const res = await fetch(target.toString(), { redirect: 'manual' });
  return { status: res.status };
}

// the address must parse as an absolute URL, or the request is refused
app.get('/tools/preview', async (request: FastifyRequest<{ Querystring: { link?: string } }>, reply: FastifyReply) => {
  const link = request.query.link;
  if (!link) return reply.status(400).send({ error: 'link is required' });
  let target: URL;
  try {
    target = new URL(link);
  } catch {
    return reply.status(400).send({ error: 'not a URL' });
  }
  if (!['http:', 'https:'].includes(target.protocol)) return reply.status(400).send({ error: 'http only' });
  return reply.send(await preview(target));
});

// a failed parse is only logged: the text goes on as it came
app.get('/tools/echo', async (request: FastifyRequest<{ Querystring: { link?: string } }>, reply: FastifyReply) => {
  const link = request.query.link; // expect: validation/unvalidated-input
  try {
    new URL(link);
  } catch (e) {
    console.log('odd link', e);
  }
  const res = await fetch(`https://unfurl.example.com/?q=${link}`);
  return reply.send({ status: res.status });
});

// a base makes any path parse: nothing is refused
app.get('/tools/resolve', async (request: FastifyRequest<{ Querystring: { path?: string } }>, reply: FastifyReply) => {
  const path = request.query.path; // expect: validation/unvalidated-input
  let target: URL;
  try {
    target = new URL(path, 'https://docs.example.com');
  } catch {
    return reply.status(400).send({ error: 'bad path' });
  }
  return reply.send(await preview(target));
});

app.listen({ port: 3000 });
