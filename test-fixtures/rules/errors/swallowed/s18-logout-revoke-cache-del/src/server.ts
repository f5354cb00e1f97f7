import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import cache from './plugins/cache';
import boardRoutes from './routes/boards';
import authRoutes from './routes/auth';

const app = Fastify({ logger: true });
app.register(cookie);
app.register(cache);
app.register(boardRoutes, { prefix: '/api' });
app.register(authRoutes, { prefix: '/api' });

app.listen({ port: Number(process.env.PORT ?? 3000) });
