import Fastify from 'fastify'
import mercurius from 'mercurius'

const schema = `
  type Query {
    total(left: Int, right: Int): Int
  }
`

const resolvers = {
  Query: {
    total: async (_, { left, right }) => left + right
  }
}

export function build() {
  const server = Fastify({ logger: true }) // expect: errors/global-handler-missing[warning]
  server.register(mercurius, { schema, resolvers })
  // a plain REST route beside the GraphQL endpoint: Mercurius's handler does not cover it
  server.get('/export/:id', async (request) => ({ id: request.params.id }))
  return server
}
