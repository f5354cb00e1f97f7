import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import jwt from 'jsonwebtoken';
import { typeDefs } from './schema';
import { resolvers } from './resolvers';

const app = express();
const server = new ApolloServer({ typeDefs, resolvers });
await server.start();
app.use('/graphql', express.json(), expressMiddleware(server, {
  context: async ({ req }) => {
    const token = req.headers.authorization?.replace('Bearer ', '');
    try {
      return { user: token ? jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] }) : null };
    } catch {
      return { user: null };
    }
  },
}));
app.listen(4000);
