const Fastify = require('fastify');
const startSignUp = require('./api/start-sign-up');
const broadcast = require('./api/broadcast');
const closeAccount = require('./api/close-account');

const fastify = Fastify();
fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET });

// ctx carries the services; the route files get it as their third argument
const ctx = { registry: fastify.registry, mailer: fastify.mailer, log: fastify.log };

fastify.post('/patrons/sign-up', (req, res) => startSignUp(req, res, ctx));
fastify.post('/patrons/broadcast', (req, res) => broadcast(req, res, ctx)); // expect: authn/unauthenticated-mutation
fastify.post('/patrons/close', {
  preHandler: async (req, reply) => {
    try {
      await req.jwtVerify();
    } catch {
      reply.code(401).send({ error: 'Unauthorized' });
    }
  },
}, (req, res) => closeAccount(req, res, ctx));

fastify.listen({ port: 3000 });
