import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { schema } from './builder';

const app = express();
const server = new ApolloServer({ schema }); // expect: graphql/no-depth-limit
await server.start();
app.use('/graphql', express.json(), expressMiddleware(server));
app.listen(4000);
