import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';

// Apollo Server 4 no longer serves a health route of its own
const app = express(); // expect: observability/health-missing
const server = new ApolloServer({ typeDefs: 'type Query { votes: Int }', resolvers: { Query: { votes: () => 0 } } });
await server.start();
app.use('/graphql', express.json(), expressMiddleware(server));
app.listen(4000);
