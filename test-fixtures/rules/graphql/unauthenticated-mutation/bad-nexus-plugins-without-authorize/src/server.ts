import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { makeSchema, connectionPlugin } from 'nexus';
import * as types from './types';

const server = new ApolloServer({ schema: makeSchema({ types, plugins: [connectionPlugin()] }) });
await startStandaloneServer(server, {
  context: async ({ req }) => ({ userId: req.headers['x-user'] ? String(req.headers['x-user']) : null }),
});
