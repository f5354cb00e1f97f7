import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { typeDefs, resolvers } from './schema';

const isProduction = process.env.NODE_ENV === 'production';
const app = express();
const server = new ApolloServer({
  typeDefs,
  resolvers,
  introspection: !isProduction,
});
// a second server only for local schema exploration
if (process.env.NODE_ENV === 'development') {
  const explorer = new ApolloServer({ typeDefs, resolvers, introspection: true });
  await explorer.start();
}

await server.start();
app.use('/graphql', express.json(), expressMiddleware(server));
app.listen(4000);
