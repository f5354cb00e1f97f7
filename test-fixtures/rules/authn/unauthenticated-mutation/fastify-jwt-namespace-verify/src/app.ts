import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import jwt from '@fastify/jwt';
import cookie from '@fastify/cookie';

const app = Fastify();
await app.register(cookie);
// a second verifier under a namespace: @fastify/jwt decorates the request with memberJwtVerify
await app.register(jwt, { secret: process.env.MEMBER_JWT_SECRET as string, namespace: 'member', cookie: { cookieName: 'member_token', signed: false } });

const notes: { member: string; text: string }[] = [];

async function requireMember(request: FastifyRequest, reply: FastifyReply) {
  try {
    const claims = (await (request as any).memberJwtVerify()) as { sub: string };
    (request as any).memberId = claims.sub;
  } catch {
    return reply.code(401).send({ error: 'sign in to the portal' });
  }
}

app.post('/portal/notes', { preHandler: requireMember }, async (request) => {
  const { text } = request.body as { text: string };
  notes.push({ member: (request as any).memberId, text: String(text) });
  return { ok: true };
});

// no verifier on the chain: still reported
app.post('/portal/feedback', async (request) => { // expect: authn/unauthenticated-mutation
  const { text } = request.body as { text: string };
  notes.push({ member: 'anonymous', text: String(text) });
  return { ok: true };
});

await app.listen({ port: 3000 });
