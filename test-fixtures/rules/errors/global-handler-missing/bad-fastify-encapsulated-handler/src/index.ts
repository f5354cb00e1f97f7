import Fastify from 'fastify';
import { errorHandlerPlugin } from './plugins/error-handler';
import { widgetRoutes } from './routes/widgets';

const app = Fastify({ logger: true }); // expect: errors/global-handler-missing
await app.register(errorHandlerPlugin);
await app.register(widgetRoutes, { prefix: '/api' });
await app.listen({ port: 3000 });
