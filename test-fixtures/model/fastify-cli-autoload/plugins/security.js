'use strict'

const fp = require('fastify-plugin')

// Registered through fastify-plugin, so helmet and the limiter apply to the whole application.
module.exports = fp(async function security (fastify) {
  await fastify.register(require('@fastify/helmet'))
  await fastify.register(require('@fastify/rate-limit'), { max: 100, timeWindow: '1 minute' })
})
