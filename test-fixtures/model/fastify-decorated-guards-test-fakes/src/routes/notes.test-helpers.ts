import Fastify, { type FastifyInstance } from 'fastify';

export async function buildTestApp(currentUser: () => string, add: (app: FastifyInstance) => Promise<void>) {
  const app = Fastify({ logger: false });
  app.decorate('authenticate', async (request: { userId: string }) => {
    request.userId = currentUser();
  });
  await add(app);
  await app.ready();
  return app;
}
