import { OpenAPIHono } from '@hono/zod-openapi';

// every router of the service, the root one included, comes from here
export function makeRouter() {
  return new OpenAPIHono();
}
