import { listOrders, cancelOrder, refundOrder } from '@shop/contracts';
import { makeRequireSession, staffChain } from '../middleware/session';
import type { OpenAPIHono } from '@hono/zod-openapi';

export function registerOrders(app: OpenAPIHono, secret: string) {
  const requireSession = makeRequireSession(secret);
  app.openapi(listOrders, (c) => c.json([]));
  app.openapi({ ...cancelOrder, middleware: [requireSession] }, (c) => c.json({ id: c.req.valid('param').orderId }));
  app.openapi({ ...refundOrder, middleware: [...staffChain] }, (c) => c.json({}));
}
