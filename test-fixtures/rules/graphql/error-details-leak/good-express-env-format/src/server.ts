import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { unwrapResolverError } from '@apollo/server/errors';
import { typeDefs, resolvers } from './schema';
import { AppError } from './errors';

const app = express();
const server = new ApolloServer({
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
  formatError: (formatted, error) => {
    if (unwrapResolverError(error) instanceof AppError) return formatted;
    console.error(error);
    return { message: 'Internal server error' };
  },
});
await server.start();
app.use('/graphql', express.json(), expressMiddleware(server));
app.listen(4000);
