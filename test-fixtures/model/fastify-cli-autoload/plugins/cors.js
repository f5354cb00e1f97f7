'use strict'

const fp = require('fastify-plugin')
const cors = require('@fastify/cors')

module.exports = fp(async (fastify) => {
  fastify.register(cors, { origin: ['https://app.example.org'] })
}, { name: 'cors' })
