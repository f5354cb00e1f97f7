import express from 'express';
import cors from 'cors';
import rateLimit from 'express-rate-limit';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { typeDefs } from './schema';
import { resolvers } from './resolvers';
import { buildContext, type Context } from './context';

const app = express(); // expect: api/compression-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing
app.use(cors()); // expect: cors/permissive-origin
app.use('/api', rateLimit({ windowMs: 60_000, limit: 100 }));

app.get('/api/health', (_req, res) => { // expect: observability/health-shallow
  res.json({ ok: true });
});

const server = new ApolloServer<Context>({ // expect: graphql/no-depth-limit
  typeDefs,
  resolvers,
  introspection: true, // expect: graphql/introspection-enabled
  csrfPrevention: false, // expect: graphql/csrf-prevention-off
  allowBatchedHttpRequests: true, // expect: graphql/batching-unbounded
  includeStacktraceInErrorResponses: true, // expect: graphql/error-details-leak
});

await server.start();
app.use('/graphql', express.json(), expressMiddleware(server, { context: buildContext }));

app.listen(Number(process.env.PORT ?? 4000), () => { // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
  console.log('GraphQL ready on /graphql');
});
