import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
import { authMiddleware } from './middleware/auth.middleware';
import { AuthService } from './services/auth.service';

const prisma = new PrismaClient();
const authService = new AuthService();
const app = Fastify(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing

app.get('/api/orders', { preHandler: [authMiddleware] }, async (request) => {
  return prisma.order.findMany({ where: { userId: (request as any).user.userId }, take: 50 });
});

// the service method verifies the login token and throws; the catch answers 401
app.get('/api/auth/me', async (request, reply) => {
  try {
    const header = request.headers.authorization;
    if (!header || !header.startsWith('Bearer ')) {
      reply.code(401).send({ error: 'No token provided' });
      return;
    }
    const user = await authService.currentUser(header.substring(7));
    const { password: _, ...rest } = user;
    reply.send({ user: rest });
  } catch (error) {
    reply.code(401).send({ error: 'Invalid token' });
  }
});

// the library verifies the bearer in the handler; the catch answers 401
app.get('/api/auth/profile', async (request, reply) => {
  const auth = (request.headers.authorization || '').trim();
  if (!auth.startsWith('Bearer ')) {
    reply.code(401);
    return { error: 'Missing bearer token' };
  }
  const secret = process.env.JWT_SECRET; // expect: config/env-undocumented
  if (!secret) {
    reply.code(500);
    return { error: 'not configured' };
  }
  try {
    const decoded = jwt.verify(auth.slice(7), secret) as any;
    const user = await prisma.user.findUnique({ where: { id: decoded.sub } });
    if (!user) {
      reply.code(404);
      return { error: 'User not found' };
    }
    return { id: user.id, email: user.email };
  } catch (e) {
    reply.code(401);
    return { error: 'Invalid or expired token' };
  }
});

// a helper that answers null for a bad token, and a handler that serves everyone anyway
app.get('/api/greeting', async (request) => {
  const user = await authService.peekUser(String(request.headers.authorization || '').slice(7));
  return { hello: user ? user.name : 'guest' };
});

// a bearer verified only when one is sent: a stranger without one is served all the same
app.get('/api/catalog', async (request, reply) => {
  const auth = request.headers.authorization;
  let member = false;
  if (auth && auth.startsWith('Bearer ')) {
    try {
      jwt.verify(auth.slice(7), process.env.JWT_SECRET as string);
      member = true;
    } catch {
      return reply.code(401).send({ error: 'Invalid token' });
    }
  }
  return prisma.product.findMany({ where: member ? {} : { public: true }, take: 50 });
});

// request.jwtVerify() of @fastify/jwt reads the Authorization header itself
app.get('/api/auth/session', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch {
    return reply.code(401).send({ error: 'Unauthorized' });
  }
  return { user: request.user };
});

app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
