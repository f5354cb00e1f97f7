import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { typeDefs, resolvers } from './schema';

const app = express();
const server = new ApolloServer({ typeDefs, resolvers, allowBatchedHttpRequests: true }); // expect: graphql/batching-unbounded
await server.start();
app.use('/graphql', express.json(), expressMiddleware(server));
app.listen(4000);
