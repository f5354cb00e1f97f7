import Fastify from 'fastify';
import cors from '@fastify/cors';

const allowedOrigins = (process.env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);

const app = Fastify({ logger: true });

await app.register(cors, {
  origin: (origin, cb) => {
    if (!origin || allowedOrigins.includes(origin)) {
      cb(null, true);
      return;
    }
    cb(new Error('Origin not allowed'), false);
  },
  credentials: true,
});

app.get('/api/boards', async () => [{ id: 1, name: 'Roadmap' }]);

await app.listen({ port: 3000 });
