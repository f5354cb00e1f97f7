import { OpenAPIHono } from '@hono/zod-openapi';

// every call makes a new app: two calls are two routers, not one
export function newApp() {
  return new OpenAPIHono();
}
