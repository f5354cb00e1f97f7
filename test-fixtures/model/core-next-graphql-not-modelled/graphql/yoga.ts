import { createServer } from 'node:http';
import { createYoga, createSchema } from 'graphql-yoga';

const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { hi: String }', resolvers: {} }) }); // expect: graphql/introspection-enabled[note], graphql/no-depth-limit
createServer(yoga).listen(4001); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
