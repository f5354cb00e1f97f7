import type { FastifyInstance } from 'fastify';

const widgets: { id: number; name: string }[] = [];

export async function widgetRoutes(app: FastifyInstance) {
  app.get('/widgets', async () => widgets.slice(0, 100));
}
