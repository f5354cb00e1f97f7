'use strict'

const fp = require('fastify-plugin')

async function auth (fastify) {
  fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET }) // expect: config/env-undocumented

  fastify.decorate('authenticate', async function (request, reply) {
    try {
      await request.jwtVerify()
    } catch (err) {
      reply.code(401).send({ error: 'unauthorized' })
    }
  })
}

// The same as wrapping with fastify-plugin: the decorator is visible to the whole app.
auth[Symbol.for('skip-override')] = true

module.exports = auth
