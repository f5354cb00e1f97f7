import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const incidents = [{ id: 1, title: 'Degraded API latency', resolved: true }];

const app = new Hono(); // expect: ratelimit/missing[warning]

app.use('*', secureHeaders());

app.get('/status', (c) => c.json({ status: 'operational' }));
app.get('/incidents', (c) => c.json(incidents));

serve({ fetch: app.fetch, port: 3000 });
