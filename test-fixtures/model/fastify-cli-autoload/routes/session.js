'use strict'
const sessions = [] // kept in memory
// autoPrefix replaces the folder prefix: /api/auth/login
module.exports = async function (fastify) {
  fastify.post('/login', { // expect: authn/unauthenticated-mutation
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
    schema: {
      body: {
        type: 'object',
        required: ['email', 'password'],
        properties: { email: { type: 'string', format: 'email' }, password: { type: 'string', minLength: 8 } }
      }
    }
  }, async (request) => { sessions.push(request.body.email); return { token: request.body.email } })
}

module.exports.autoPrefix = '/auth'
