import type { FastifyInstance } from 'fastify';
import { requireSignature } from '../middleware/signature';

const entries: Array<{ id: number; title: string }> = [];

export async function catalogRoutes(app: FastifyInstance) {
  // every catalog route but the provider's webhooks (signed by the provider) needs the app's signature
  app.addHook('preHandler', async (request, reply) => {
    if (request.url.includes('/webhook')) {
      return;
    }
    return requireSignature()(request, reply);
  });

  app.get('/catalog/entries', async () => entries.slice(0, 100));

  app.post('/catalog/entries', async (request) => {
    const body = request.body as { title?: unknown }; // expect: validation/unvalidated-input
    const entry = { id: entries.length + 1, title: String(body.title ?? '').slice(0, 120) };
    entries.push(entry);
    return entry;
  });

  // the listing of a connection's webhooks matches '/webhook' too: the hook lets it through
  app.get('/catalog/connections/:connectionId/webhooks', async (request) => {
    const { connectionId } = request.params as { connectionId: string };
    return { connectionId, hooks: [] };
  });
}
