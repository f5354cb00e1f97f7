import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({
  schema: createSchema({ typeDefs: `type Query { hello: String }`, resolvers: { Query: { hello: () => 'world' } } }),
  batching: { limit: 5 },
});
createServer(yoga).listen(4000);
