import Fastify from 'fastify';
import { workspaceRoutes } from './routes/workspace';

const app = Fastify({ logger: true });
app.register(workspaceRoutes, { prefix: '/api' });
app.listen({ port: Number(process.env.PORT) || 3000 });
