import { createRoute, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { makeRouter } from './router';

export interface EndpointOptions {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  params?: Record<string, z.ZodTypeAny>;
  body?: z.ZodTypeAny;
  handler: (c: Context, params: Record<string, unknown>, body: unknown) => Promise<unknown>;
  extra?: { middlewares?: MiddlewareHandler[] };
}

// '/{id}' is OpenAPI syntax; Hono's use() wants '/:id'
const honoPath = (openApi: string) => openApi.replace(/\{([^}]+)\}/g, ':$1');

function attach(router: ReturnType<typeof makeRouter>, extra: EndpointOptions['extra'], path: string) {
  const at = honoPath(path);
  if (extra?.middlewares) {
    for (const mw of extra.middlewares) router.use(at, mw);
  }
}

const requestOf = (parts: { params: Record<string, z.ZodTypeAny>; body?: z.ZodTypeAny }) => {
  const out: { params?: z.ZodTypeAny; body?: unknown } = {};
  if (Object.keys(parts.params).length > 0) out.params = z.object(parts.params);
  if (parts.body) out.body = { content: { 'application/json': { schema: parts.body } } };
  return out;
};

// one router per endpoint: the definition and the wrapper are built from the options
export const endpoint = (opts: EndpointOptions) => {
  const router = makeRouter();
  attach(router, opts.extra, opts.path);
  const def = createRoute({
    method: opts.method,
    path: opts.path,
    request: requestOf({ params: opts.params || {}, body: opts.body }),
    responses: { 200: { description: 'ok' } },
  });
  router.openapi(def, async (c) => {
    const params = opts.params ? c.req.valid('param' as never) : {};
    const body = opts.body ? c.req.valid('json' as never) : undefined;
    const result = await opts.handler(c, params, body);
    return c.json({ data: result }, 200);
  });
  return router;
};
