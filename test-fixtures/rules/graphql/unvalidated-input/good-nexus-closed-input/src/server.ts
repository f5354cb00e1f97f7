import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { schema } from './schema';

await startStandaloneServer(new ApolloServer({ schema }));
