import Fastify from 'fastify';

// the first scaffold's server, kept for its tests; the app is packages/backend
export function createApp() {
  const app = Fastify({ logger: true });
  app.get('/tasks', async () => [{ id: 1, title: 'write tests' }]);
  return app;
}

if (process.env.RUN_SCAFFOLD === '1') {
  createApp().listen({ port: Number(process.env.PORT) || 3000 });
}
