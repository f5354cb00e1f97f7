'use strict'

const path = require('node:path')
const AutoLoad = require('@fastify/autoload')

// fastify-cli creates the instance (`fastify start app.js`) and registers this plugin on it.
module.exports = async function (fastify, opts) { // expect: api/openapi-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing, api/compression-missing
  // fastify-plugin wrapped support plugins: they land on the root instance.
  fastify.register(AutoLoad, {
    dir: path.join(__dirname, 'plugins'),
    options: Object.assign({}, opts)
  })

  // one encapsulated plugin per file; folder names prefix the routes, under /api
  fastify.register(AutoLoad, {
    dir: path.join(__dirname, 'routes'),
    options: { prefix: '/api' }
  })
}

module.exports.options = { trustProxy: true }
