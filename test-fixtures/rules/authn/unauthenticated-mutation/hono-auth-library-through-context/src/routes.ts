import type { Hono } from 'hono';
import { jwt } from 'hono/jwt';

type Deps = { app: Hono; auth: { handler: (r: Request) => Promise<Response>; api: any }; docs: Map<string, string> };

// sign-in, sign-up and sessions: better-auth's own handler answers them
export function registerAuthRoutes({ app, auth }: Deps) {
  app.on(['POST', 'GET'], '/api/auth/*', (c) => auth.handler(c.req.raw));
}

export function registerDocRoutes({ app, docs }: Deps) {
  app.use('/api/docs/*', jwt({ secret: process.env.JWT_SECRET! }));
  app.put('/api/docs/:id', async (c) => {
    docs.set(c.req.param('id'), await c.req.text());
    return c.json({ ok: true });
  });
  // outside the guarded prefix: anyone can wipe the documents
  app.delete('/api/archive', (c) => { // expect: authn/unauthenticated-mutation
    docs.clear();
    return c.json({ ok: true });
  });
}
