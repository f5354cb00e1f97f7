import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { rateLimiter } from 'hono-rate-limiter';

const app = new Hono(); // expect: errors/global-handler-missing
app.use('*', secureHeaders());
app.use('*', rateLimiter({ windowMs: 60_000, limit: 100, keyGenerator: (c) => c.req.header('x-forwarded-for') ?? '' }));
app.get('/health', (c) => c.text('ok'));

// plugins chosen at run time: the model cannot tell which router each one is
for (const name of (process.env.PLUGINS ?? '').split(',')) { // expect: config/env-undocumented
  const plugin = await import(`./plugins/${name}`);
  app.route(`/${name}`, plugin.default);
}

export default app;
