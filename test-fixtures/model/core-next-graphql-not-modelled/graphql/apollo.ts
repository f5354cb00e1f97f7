import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const server = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: {} });
await startStandaloneServer(server, { listen: { port: 4000 } });
