'use strict'

const fp = require('fastify-plugin')

// fastify-plugin wrapped, so Fastify ignores the prefix option; the plugin builds its paths from
// the prefix autoload hands it instead: /api + /legacy
module.exports = fp(async function legacy (fastify, opts) {
  fastify.get(opts.prefix + '/status', async () => ({ legacy: true }))
})
