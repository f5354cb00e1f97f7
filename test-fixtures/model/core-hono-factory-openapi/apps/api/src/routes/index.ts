import type { OpenAPIHono } from '@hono/zod-openapi';
import { registerOrders } from './orders';

export function registerRoutes(app: OpenAPIHono) {
  registerOrders(app, process.env.JWT_SECRET ?? ''); // expect: config/env-undocumented
}
