const Fastify = require('fastify');
const { SESSION_COOKIE } = require('./constants');
const sessions = require('./sessions');

const app = Fastify();
app.register(require('@fastify/cookie'));

// every unsafe request must come from our own frontend's fetch()
app.addHook('onRequest', async (request, reply) => {
  if (!['POST', 'PUT', 'DELETE'].includes(request.method)) return;
  if (request.headers['x-requested-with'] !== 'XMLHttpRequest') {
    return reply.code(403).send({ error: 'forbidden' });
  }
});

async function requireUser(request, reply) {
  const user = await sessions.lookup(request.cookies[SESSION_COOKIE]);
  if (!user) return reply.code(401).send({ error: 'unauthorized' });
  request.user = user;
}

app.post('/login', async (request, reply) => {
  const sid = await sessions.create(request.body.email, request.body.password);
  if (!sid) return reply.code(401).send({ error: 'invalid' });
  reply.setCookie(SESSION_COOKIE, sid, { path: '/', httpOnly: true, secure: true });
  return { ok: true };
});
app.post('/billing', { preHandler: requireUser }, async (request) => sessions.bill(request.user, request.body));
app.listen({ port: 3000 });
