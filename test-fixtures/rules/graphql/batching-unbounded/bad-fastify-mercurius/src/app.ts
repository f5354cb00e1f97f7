import Fastify from 'fastify';
import mercurius from 'mercurius';

const schema = `type Query { me: String }`;
const app = Fastify();
app.register(mercurius, {
  schema,
  resolvers: { Query: { me: () => 'x' } },
  allowBatchedQueries: true, // expect: graphql/batching-unbounded
});
app.listen({ port: 3000 });
