import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';

const app = new OpenAPIHono();
const Post = z.object({ id: z.string(), title: z.string() });

const getPost = createRoute({
  method: 'get',
  path: '/posts/{id}',
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: { content: { 'application/json': { schema: Post } }, description: 'One post' } },
});

app.openapi(getPost, (c) => c.json({ id: c.req.valid('param').id, title: 'hello' }, 200));
app.doc('/openapi.json', { openapi: '3.1.0', info: { title: 'Posts', version: '1.0.0' } });

export default app;
