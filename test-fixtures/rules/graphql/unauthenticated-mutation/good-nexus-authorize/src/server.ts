import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { makeSchema, queryType } from 'nexus';
import * as types from './types';

const Query = queryType({
  definition(t) {
    t.string('ping', { resolve: () => 'pong' });
  },
});

const server = new ApolloServer({ schema: makeSchema({ types: [Query, types] }) });
await startStandaloneServer(server, {
  context: async ({ req }) => ({ userId: req.headers['x-user'] ? String(req.headers['x-user']) : null }),
});
