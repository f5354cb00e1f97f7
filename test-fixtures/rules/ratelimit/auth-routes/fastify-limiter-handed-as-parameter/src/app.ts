import Fastify from 'fastify';
import { strictLimiter, looseLimiter } from './limits.js';
import { setupRoutes } from './setup.js';

const app = Fastify();
const general = looseLimiter();
app.get('/catalogue', { preHandler: general }, async () => ({ items: [] }));
await setupRoutes(app, strictLimiter(), async () => undefined);
await app.listen({ port: 3000 });
