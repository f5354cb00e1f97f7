'use strict'

const fp = require('fastify-plugin')

// fastify-plugin wrapped: Fastify ignores the prefix option of a plugin that skips encapsulation,
// so neither /api nor /reports applies and the hook reaches the autoload instance (the root).
module.exports = fp(async function reportRoutes (fastify) {
  fastify.get('/reports-summary', { onRequest: [fastify.authenticate] }, async () => ({ total: 0 }))
})
