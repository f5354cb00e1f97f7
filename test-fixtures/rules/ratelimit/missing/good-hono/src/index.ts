import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { rateLimiter } from 'hono-rate-limiter';

const incidents = [{ id: 1, title: 'Degraded API latency', resolved: true }];

const app = new Hono();

app.use('*', secureHeaders());
app.use(
  '*',
  rateLimiter({
    windowMs: 60 * 1000,
    limit: 100,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => getConnInfo(c).remote.address ?? 'unknown',
  }),
);

app.get('/status', (c) => c.json({ status: 'operational' }));
app.get('/incidents', (c) => c.json(incidents));

serve({ fetch: app.fetch, port: 3000 });
