import type { FastifyInstance } from 'fastify';

const flags = new Map<string, boolean>();

export async function adminRoutes(fastify: FastifyInstance) {
  // readable by every signed-in user
  fastify.get('/flags', { onRequest: fastify.authenticate }, async () => Object.fromEntries(flags));

  await fastify.register(async function adminOnly(admin) {
    admin.addHook('onRequest', admin.requireAdmin);
    admin.put('/flags/:name', async (request) => {
      const { name } = request.params as { name: string };
      flags.set(name, true);
      return { ok: true };
    });
  });
}
