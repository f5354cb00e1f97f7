'use strict'

// routes/health/index.js: the folder gives /api/health; this route is left out of the global limiter
module.exports = async function (fastify) {
  fastify.get('/', { config: { rateLimit: false } }, async () => ({ ok: true }))
}
