'use strict'

// routes/root.js: no folder, so only the /api prefix
module.exports = async function (fastify) {
  fastify.get('/', async () => ({ name: 'accounts service' }))
}
