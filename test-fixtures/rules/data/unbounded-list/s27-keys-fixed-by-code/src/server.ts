import Fastify from 'fastify';
import { workspaceRoutes } from './routes/workspace';
import { syncRepos } from './workers/repo-sync';

const app = Fastify({ logger: true });
app.register(workspaceRoutes, { prefix: '/api' });
setInterval(() => void syncRepos(async () => []), 3_600_000);
app.listen({ port: Number(process.env.PORT) || 3000 });
