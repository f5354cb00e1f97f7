import Fastify from 'fastify';
import { versionRoutes } from './routes/versions';

const app = Fastify({ logger: true });
versionRoutes(app);

app.listen({ port: Number(process.env.PORT) || 8081, host: '0.0.0.0' });
