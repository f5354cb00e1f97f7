import 'reflect-metadata';
import { createExpressServer, type Action } from 'routing-controllers';
import jwt from 'jsonwebtoken';
import { AccessLog } from './middleware/AccessLog';

const app = createExpressServer({ // expect: api/openapi-missing, cors/permissive-origin, ratelimit/missing, headers/helmet-missing, api/versioning-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
  cors: true,
  routePrefix: '/api',
  controllers: [__dirname + '/controllers/*.ts'],
  middlewares: [AccessLog],
  currentUserChecker: async (action: Action) => {
    const header = action.request.headers.authorization ?? '';
    return jwt.verify(header.replace('Bearer ', ''), process.env.JWT_SECRET ?? ''); // expect: config/env-undocumented
  },
  authorizationChecker: async (action: Action) => {
    const header = action.request.headers.authorization ?? '';
    return Boolean(jwt.verify(header.replace('Bearer ', ''), process.env.JWT_SECRET ?? ''));
  },
});

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
