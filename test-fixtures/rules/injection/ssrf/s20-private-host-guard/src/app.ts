import Fastify from 'fastify';
import { outboundUrlProblem, schemeProblem, assertPublicUrl } from './net-guard.js';

const app = Fastify();

app.post('/hooks/test', async (request, reply) => {
  const { target } = request.body as { target: string };
  const problem = outboundUrlProblem(target);
  if (problem) return reply.code(400).send({ error: problem });
  const res = await fetch(`${target}/ping`, { method: 'POST' });
  return { status: res.status };
});

app.post('/hooks/probe', async (request) => {
  const { target } = request.body as { target: string };
  assertPublicUrl(target);
  const res = await fetch(target);
  return { status: res.status };
});

app.post('/hooks/scheme-only', async (request, reply) => {
  const { target } = request.body as { target: string };
  if (schemeProblem(target)) return reply.code(400).send({ error: 'bad scheme' });
  const res = await fetch(target); // expect: injection/ssrf
  return { status: res.status };
});

app.listen({ port: 3000 });
