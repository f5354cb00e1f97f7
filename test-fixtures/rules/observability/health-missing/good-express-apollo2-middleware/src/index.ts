import express from 'express';
import { ApolloServer, gql } from 'apollo-server-express';

// apollo-server-express 2 mounts GET /.well-known/apollo/server-health with its middleware
const start = async () => {
  const app = express();
  app.get('/votes/export', (_req, res) => res.json([]));
  const server = new ApolloServer({ typeDefs: gql`type Query { votes: Int }`, resolvers: { Query: { votes: () => 0 } } });
  server.applyMiddleware({ app, cors: false });
  app.listen(4000);
};
start();
