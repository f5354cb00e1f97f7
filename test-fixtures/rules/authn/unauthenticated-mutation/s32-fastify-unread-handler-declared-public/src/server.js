'use strict'

const fastify = require('fastify')();
const services = require('./services');

fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET });
fastify.decorate('getService', (name) => services.get(name));

async function signedIn(request, reply) {
  await request.jwtVerify();
}

fastify.register(require('./routes/ratings'), { prefix: '/api/ratings' });
fastify.decorate('signedIn', signedIn);

fastify.listen({ port: 3000 });
