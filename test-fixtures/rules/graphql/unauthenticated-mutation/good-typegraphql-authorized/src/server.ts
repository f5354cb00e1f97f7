import 'reflect-metadata';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { buildSchema } from 'type-graphql';
import { RecipeResolver } from './recipe.resolver';
import { authChecker } from './auth-checker';

const schema = await buildSchema({ resolvers: [RecipeResolver], authChecker, validate: true });
const server = new ApolloServer({ schema });
await server.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(server, { context: async ({ req }) => ({ userId: req.headers['x-user'] }) }));
app.listen(4000);
