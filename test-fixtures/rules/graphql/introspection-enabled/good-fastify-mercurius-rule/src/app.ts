import Fastify from 'fastify';
import mercurius from 'mercurius';
import { NoSchemaIntrospectionCustomRule } from 'graphql';

const schema = `type Query { add(x: Int!, y: Int!): Int! }`;
const resolvers = { Query: { add: async (_: unknown, { x, y }: { x: number; y: number }) => x + y } };

const app = Fastify();
app.register(mercurius, {
  schema,
  resolvers,
  validationRules: process.env.NODE_ENV === 'production' ? [NoSchemaIntrospectionCustomRule] : [],
});
app.listen({ port: 3000 });
