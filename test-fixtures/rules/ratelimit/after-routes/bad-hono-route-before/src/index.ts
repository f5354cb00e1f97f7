import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { dishesApp } from './dishes.js';

const limiter = rateLimiter({ windowMs: 60 * 1000, limit: 100, keyGenerator: (c) => getConnInfo(c).remote.address ?? 'unknown' });

const app = new Hono().basePath('/api');
app.route('/dishes', dishesApp);
app.use(limiter); // expect: ratelimit/after-routes[warning]

serve({ fetch: app.fetch, port: 3000 });
