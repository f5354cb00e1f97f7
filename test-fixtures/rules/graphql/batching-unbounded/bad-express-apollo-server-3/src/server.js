const express = require('express');
const { ApolloServer, gql } = require('apollo-server-express');

const typeDefs = gql`
  type Query { ping: String }
`;
const resolvers = { Query: { ping: () => 'pong' } };

async function start() {
  const app = express();
  const server = new ApolloServer({
    typeDefs,
    resolvers,
    allowBatchedHttpRequests: true, // expect: graphql/batching-unbounded
  });
  await server.start();
  server.applyMiddleware({ app, path: '/graphql' });
  app.listen(4000);
}

start();
