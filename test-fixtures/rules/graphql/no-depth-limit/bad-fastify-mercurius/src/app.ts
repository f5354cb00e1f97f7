import Fastify from 'fastify';
import mercurius from 'mercurius';
import { schema, resolvers } from './graphql';

export function build() {
  const app = Fastify({ logger: true });
  app.register(mercurius, { schema, resolvers, graphiql: false }); // expect: graphql/no-depth-limit
  return app;
}
