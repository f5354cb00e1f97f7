import Fastify from 'fastify';

// the tasks service the root package starts, beside the courses backend
export function createApp() {
  const app = Fastify({ logger: true }); // expect: errors/global-handler-missing
  app.get('/tasks', async () => [{ id: 1, title: 'write tests' }]);
  return app;
}

if (process.env.RUN_SCAFFOLD === '1') {
  createApp().listen({ port: Number(process.env.PORT) || 3000 });
}
