import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { dishesApp } from './dishes.js';

const app = new Hono();

app.get('/specials', (c) => c.json([{ id: 7, name: 'Green curry' }]));
app.post('/orders', async (c) => c.json({ accepted: true }, 202));

const limiter = rateLimiter({ windowMs: 60 * 1000, limit: 100, keyGenerator: (c) => getConnInfo(c).remote.address ?? 'unknown' });
app.use('*', limiter); // expect: ratelimit/after-routes[warning]

app.route('/dishes', dishesApp);

serve({ fetch: app.fetch, port: 3000 });
