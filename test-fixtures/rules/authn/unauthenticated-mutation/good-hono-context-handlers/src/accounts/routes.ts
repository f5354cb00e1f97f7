import { Hono } from 'hono';
import { makeAccountCases } from './cases.js';
import { makeAccountHandler } from './handler.js';
import { BcryptChecker } from './checker.js';

type Checks = Record<string, (token: string) => Promise<{ sub?: string }>>;

export function accountRoutes(checks: Checks) {
  const app = new Hono<{ Variables: { h: ReturnType<typeof makeAccountHandler> } }>();

  // every request gets its handler object, built from the use cases
  app.use('*', async (c, next) => {
    const cases = makeAccountCases(new BcryptChecker(), checks, (c.env as { DB: unknown }).DB);
    c.set('h', makeAccountHandler(cases));
    await next();
  });

  app.post('/sign-in', async (c) => c.json(await c.var.h.signIn(await c.req.json())));
  app.post('/sign-in/google', async (c) => c.json(await c.get('h').providerSignIn(await c.req.json(), 'google')));
  app.delete('/:id/nickname', async (c) => c.json(await c.var.h.dropNickname(c.req.param('id')))); // expect: authn/unauthenticated-mutation

  return app;
}
