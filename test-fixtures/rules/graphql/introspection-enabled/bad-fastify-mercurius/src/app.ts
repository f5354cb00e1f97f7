import Fastify from 'fastify';
import mercurius from 'mercurius';

const schema = `
  type Query { add(x: Int!, y: Int!): Int! }
`;
const resolvers = { Query: { add: async (_: unknown, { x, y }: { x: number; y: number }) => x + y } };

const app = Fastify();
app.register(mercurius, { schema, resolvers, queryDepth: 7 }); // expect: graphql/introspection-enabled[note]
app.listen({ port: 3000 });
