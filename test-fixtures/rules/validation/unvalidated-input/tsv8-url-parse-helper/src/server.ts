import Fastify, { FastifyReply, FastifyRequest } from 'fastify';

const app = Fastify({ logger: true });

// only http(s) URLs that parse come back; anything else is null
function ensureWebUrl(raw?: string): URL | null {
  try {
    if (!raw) return null;
    const parsed = new URL(raw);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed;
  } catch {
    return null;
  }
}

type PreviewQuery = { Querystring: { target?: string; label?: string } };

app.get('/preview', async (request: FastifyRequest<PreviewQuery>, reply: FastifyReply) => {
  const target = ensureWebUrl(request.query.target);
  if (!target) {
    return reply.status(404).send('no preview');
  }
  const page = await fetch(target.toString(), { redirect: 'error' });
  return reply.send({ host: target.host, status: page.status });
});

// the parse result is never tested: the raw text goes on whatever it holds
app.get('/preview/raw', async (request: FastifyRequest<PreviewQuery>, reply: FastifyReply) => {
  ensureWebUrl(request.query.target); // expect: validation/unvalidated-input
  const page = await fetch(String(request.query.target));
  return reply.send({ status: page.status });
});

app.listen({ port: 3000 });
