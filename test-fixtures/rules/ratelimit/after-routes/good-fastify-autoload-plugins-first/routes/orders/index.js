'use strict'

module.exports = async function (fastify) {
  fastify.get('/', async () => [])
  fastify.get('/:id', {
    schema: { params: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } } }
  }, async (request) => ({ id: request.params.id }))
}
