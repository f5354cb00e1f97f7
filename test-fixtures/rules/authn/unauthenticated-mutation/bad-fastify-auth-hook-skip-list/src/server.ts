import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import bcrypt from 'bcryptjs';
import { PrismaClient } from '@prisma/client';

const db = new PrismaClient();
const app = Fastify({ logger: true });
app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string });

// every request is verified, except the paths listed here and routes that say config.public
const OPEN_PATHS = ['/auth/login', '/auth/register', '/imports/nightly', '/recipes/:id/rating'];

app.addHook('onRequest', async (request) => {
  if (OPEN_PATHS.includes(request.routeOptions.url as string) || request.url.startsWith('/public/')) return;
  if ((request.routeOptions.config as { public?: boolean }).public) return;
  await request.jwtVerify();
});

app.post('/auth/login', async (request: any, reply) => {
  const user = await db.user.findUnique({ where: { email: String(request.body.email) } });
  if (!user || !(await bcrypt.compare(String(request.body.password), user.passwordHash))) return reply.code(401).send({ error: 'bad credentials' });
  return { token: app.jwt.sign({ sub: user.id }) };
});

app.post('/auth/register', async (request: any) => {
  const passwordHash = await bcrypt.hash(String(request.body.password), 12);
  const user = await db.user.create({ data: { email: String(request.body.email), passwordHash } });
  return { token: app.jwt.sign({ sub: user.id }) };
});

// listed as open: nothing checks who runs the import
app.post('/imports/nightly', async () => { // expect: authn/unauthenticated-mutation
  await db.recipe.deleteMany({ where: { imported: true } });
  return { ok: true };
});

app.delete('/public/cache/:key', async (request: any) => { // expect: authn/unauthenticated-mutation
  await db.cacheEntry.delete({ where: { key: String(request.params.key) } });
  return { ok: true };
});

app.post('/recipes/:id/rating', async (request: any) => { // expect: authn/unauthenticated-mutation
  await db.recipe.update({ where: { id: String(request.params.id) }, data: { rating: Number(request.body.rating) } });
  return { ok: true };
});

app.put('/settings/theme', { config: { public: true } }, async (request: any) => { // expect: authn/unauthenticated-mutation
  await db.setting.update({ where: { key: 'theme' }, data: { value: String(request.body.value) } });
  return { ok: true };
});

// not listed, no public option: the hook verifies the token
app.post('/recipes', async (request: any) => {
  return db.recipe.create({ data: { title: String(request.body.title), authorId: request.user.sub } });
});

app.delete('/recipes/:id', { config: { public: false } }, async (request: any) => {
  await db.recipe.delete({ where: { id: String(request.params.id) } });
  return { ok: true };
});

app.listen({ port: 3000 });
