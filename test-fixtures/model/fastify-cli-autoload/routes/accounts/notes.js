'use strict'

// Not loaded: the folder has an index file, so autoload loads only that one.
module.exports = async function (fastify) {
  fastify.get('/notes', async () => [])
}
