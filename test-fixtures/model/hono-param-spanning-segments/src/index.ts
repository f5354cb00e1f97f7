import { Hono } from 'hono';

type Env = { Bindings: { ASSETS: { get(key: string): Promise<{ body: ReadableStream } | null> } } };

const app = new Hono<Env>(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing

// {.+} can match '/': the key spans segments (/files/icons/a.png), the path keeps the pattern
app.get('/files/:key{.+}', async (c) => {
  const object = await c.env.ASSETS.get(c.req.param('key'));
  return object ? c.body(object.body) : c.notFound();
});
// a digits-only constraint stays one segment: listed as /thumbs/:id
app.get('/thumbs/:id{[0-9]+}', (c) => c.json({ id: Number(c.req.param('id')) }));

export default app;
