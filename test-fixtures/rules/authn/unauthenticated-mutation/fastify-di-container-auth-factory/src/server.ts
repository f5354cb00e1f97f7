import 'reflect-metadata';
import Fastify from 'fastify';
import { clerkPlugin } from '@clerk/fastify';
import { registerDependencies } from './container/registry';
import { storyRoutes } from './routes/stories.routes';

registerDependencies();
const app = Fastify();
app.register(clerkPlugin);
app.register(storyRoutes, { prefix: '/api/stories' });
app.listen({ port: 3000 });
