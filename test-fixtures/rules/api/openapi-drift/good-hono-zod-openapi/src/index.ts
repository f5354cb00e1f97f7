import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';

const app = new OpenAPIHono();
const listPosts = createRoute({
  method: 'get',
  path: '/posts',
  responses: { 200: { content: { 'application/json': { schema: z.array(z.object({ id: z.string() })) } }, description: 'Posts' } },
});
app.openapi(listPosts, (c) => c.json([], 200));
app.get('/internal/ping', (c) => c.text('pong'));
app.doc('/openapi.json', { openapi: '3.1.0', info: { title: 'Posts', version: '1.0.0' } });

export default app;
