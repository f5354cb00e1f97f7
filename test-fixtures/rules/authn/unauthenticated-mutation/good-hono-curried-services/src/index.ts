import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import type { Services } from './services.js';

export function buildApp(deps: { services: Services }) {
  const app = new Hono();

  app.use('/guilds/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));

  app.post('/auth/link', async (c) => {
    const body = await c.req.json<{ email: string }>();
    return c.json(await deps.services.auth.requestSignInLink(body));
  });

  app.delete('/guilds/:id', async (c) => c.json(await deps.services.guilds.dropGuild(c.req.param('id'))));
  app.delete('/open/guilds/:id', async (c) => c.json(await deps.services.guilds.dropGuild(c.req.param('id')))); // expect: authn/unauthenticated-mutation

  return app;
}

serve({ fetch: buildApp({ services: {} as Services }).fetch, port: 3000 });
