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
  const server = Fastify({ logger: true })
  server.register(mercurius, { schema, resolvers })
  return server
}
