'use strict'

const fp = require('fastify-plugin')

module.exports = fp(async function security (fastify) {
  fastify.register(require('@fastify/rate-limit'), { max: 100, timeWindow: '1 minute' }) // expect: ratelimit/after-routes
})
