import express from 'express';
import { createYoga } from 'graphql-yoga';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { applyMiddleware } from 'graphql-middleware';
import { typeDefs } from './schema';
import { resolvers } from './resolvers';
import { permissions } from './permissions';

const schema = applyMiddleware(makeExecutableSchema({ typeDefs, resolvers }), permissions);
const yoga = createYoga({ schema });
const app = express();
app.use(yoga.graphqlEndpoint, yoga);
app.listen(4000);
