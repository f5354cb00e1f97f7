import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import { ServiceError, unauthenticated } from './errors';
import { readSession, requireSession } from './tokens';
import { safeCompare } from './compare';
import { timingSafeEqual } from 'node:crypto';
import { db } from './db';
import jwt from 'jsonwebtoken';
import sessionPlugin from './session-plugin';
import { coachRoutes } from './coaches';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/tracing-missing, ratelimit/missing
app.register(sessionPlugin);
app.register(coachRoutes);

app.get('/me', { preHandler: [requireSession] }, async (request) => {
  return { user: (request as any).user };
});

// EventSource sends no header: the token comes as ?token= and the handler checks it itself
app.get('/events', async (request: FastifyRequest<{ Querystring: { token?: string } }>, reply: FastifyReply) => {
  const header = request.headers.authorization;
  let userId: string;
  if (header && header.startsWith('Bearer ')) {
    const claims = await readSession(header.slice(7));
    if (!claims) {
      throw unauthenticated('Invalid token');
    }
    userId = claims.sub;
  } else if (request.query.token) {
    const claims = await readSession(request.query.token);
    if (!claims) {
      throw unauthenticated('Invalid token');
    }
    userId = claims.sub;
  } else {
    throw unauthenticated('No token');
  }
  reply.raw.writeHead(200, { 'Content-Type': 'text/event-stream' });
  reply.raw.write(`data: ${JSON.stringify({ hello: userId })}\n\n`);
});

// an operator's maintenance call: the body carries the operator key
app.post('/ops/players', async (request, reply) => {
  const { operatorKey, email, name } = request.body as { operatorKey: string; email: string; name: string }; // expect: validation/unvalidated-input
  const expected = process.env.OPERATOR_KEY;
  if (!expected || operatorKey !== expected) {
    return reply.code(403).send({ error: 'Invalid operator key' });
  }
  const player = await db.player.create({ data: { email, name } });
  return reply.code(201).send(player);
});

// the billing provider sends the configured key as a bearer header
app.post('/billing/events', async (request) => {
  const key = process.env.BILLING_HOOK_KEY;
  if (!key) {
    throw new ServiceError('config', 'Billing hook key not configured', 500);
  }
  const header = request.headers.authorization;
  if (!header || !(await safeCompare(header, `Bearer ${key}`))) {
    throw new ServiceError('auth', 'Unauthorized', 401);
  }
  const event = request.body as { type: string; customer: string }; // expect: validation/unvalidated-input
  await db.billingEvent.create({ data: { type: String(event.type), customer: String(event.customer) } });
  return { received: true };
});

// the support desk's staff tool calls in with the desk's bearer key
function assertDeskBearer(request: FastifyRequest): void {
  const expected = process.env.DESK_BEARER_TOKEN;
  if (!expected) {
    throw ServiceError.unavailable('Desk API not configured');
  }
  const auth = request.headers.authorization;
  const got = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : '';
  const a = Buffer.from(got);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw ServiceError.unauthorized('Bad desk token');
  }
}

app.post('/desk/tickets/:id/close', async (request: FastifyRequest<{ Params: { id: string } }>) => {
  assertDeskBearer(request);
  const ticket = await db.ticket.update({ where: { id: String(request.params.id) }, data: { status: 'closed' } });
  return { id: ticket.id, status: ticket.status };
});

// the metrics bearer is asked only where one is configured: an open route otherwise
app.get('/metrics', async (request, reply) => {
  const expected = process.env.METRICS_TOKEN;
  if (expected && request.headers.authorization !== `Bearer ${expected}`) {
    return reply.code(401).send({ error: 'unauthorized' });
  }
  return reply.type('text/plain').send('up 1\n');
});

app.get('/metrics/queues', async (request, reply) => {
  const token = process.env.METRICS_TOKEN;
  if (token) {
    const auth = request.headers.authorization;
    if (auth !== `Bearer ${token}`) {
      return reply.status(401).send({ error: 'unauthorized' });
    }
  }
  reply.header('Content-Type', 'text/plain');
  return reply.send('queue_depth 0\n');
});

class AuthenticationError extends Error {
  statusCode = 401;
}

function userIdFromBearer(request: FastifyRequest): string | null {
  const token = request.headers.authorization?.replace(/^Bearer\s+/i, '').trim();
  if (!token) return null;
  try {
    const claims = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as { sub?: string };
    return typeof claims.sub === 'string' ? claims.sub : null;
  } catch {
    return null;
  }
}

function devFallbackAllowed(): boolean {
  return process.env.NODE_ENV === 'development' && process.env.ALLOW_DEV_USER === 'true'; // expect: config/env-undocumented
}

// a signed-in coach's sessions; a local run may fall back to a fixed user
app.get('/sessions', async (request) => {
  const userId = userIdFromBearer(request) ?? (devFallbackAllowed() ? 'dev-user' : null);
  if (!userId) {
    throw new AuthenticationError('Sign in first');
  }
  return db.session.findMany({ where: { coachId: userId }, take: 50 });
});

app.listen({ port: 3000, host: '0.0.0.0' }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
