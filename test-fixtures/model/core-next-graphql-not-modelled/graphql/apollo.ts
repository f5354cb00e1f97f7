import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const server = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: {} }); // expect: graphql/no-depth-limit
await startStandaloneServer(server, { listen: { port: 4000 } });
