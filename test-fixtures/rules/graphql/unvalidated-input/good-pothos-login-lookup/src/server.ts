import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { schema } from './schema';

createServer(createYoga({ schema })).listen(4000);
