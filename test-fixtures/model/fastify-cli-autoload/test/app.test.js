'use strict'

const Fastify = require('fastify')
const app = require('../app')

// The same application, built by a test: not a second application.
async function build () {
  const fastify = Fastify()
  fastify.register(app)
  await fastify.ready()
  return fastify
}

module.exports = { build }
