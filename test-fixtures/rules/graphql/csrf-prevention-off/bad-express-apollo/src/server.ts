import express from 'express';
import cookieParser from 'cookie-parser';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { typeDefs, resolvers } from './schema';

const app = express();
const server = new ApolloServer({
  typeDefs,
  resolvers,
  csrfPrevention: false, // expect: graphql/csrf-prevention-off
});
await server.start();
app.use('/graphql', cookieParser(), express.json(), expressMiddleware(server, { context: async ({ req }) => ({ session: req.cookies.sid }) }));
app.listen(4000);
