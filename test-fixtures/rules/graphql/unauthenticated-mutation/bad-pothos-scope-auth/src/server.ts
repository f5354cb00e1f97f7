import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { builder } from './builder';
import './notes';

const yoga = createYoga({
  schema: builder.toSchema(),
  context: ({ request }) => ({ viewerId: request.headers.get('x-viewer') }),
});
createServer(yoga).listen(4000);
