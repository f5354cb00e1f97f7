'use strict'

module.exports = async function (fastify) {
  fastify.addHook('onRequest', fastify.authenticate)

  fastify.get('/', async () => [])

  fastify.post('/', {
    schema: {
      body: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: { name: { type: 'string', maxLength: 80 } }
      }
    }
  }, async (request, reply) => reply.code(201).send({ name: request.body.name }))
}
