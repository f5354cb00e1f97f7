import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { requirePayment } from '@acme/paywall';

// how to put the SDK in front of a route: a demonstration, not this project's API
const app = new Hono();
app.get('/public/hello', (c) => c.text('hello'));
app.get('/premium/data', requirePayment({ price: '0.01' }), (c) => c.json({ secret: 42 }));
serve({ fetch: app.fetch, port: 3001 });
