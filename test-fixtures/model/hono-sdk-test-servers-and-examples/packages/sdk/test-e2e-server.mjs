import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { requirePayment } from './dist/index.js';

// a server the SDK's end-to-end checks call while a developer runs them by hand
const app = new Hono();
app.get('/api/premium', requirePayment({ price: '0.01' }), (c) => c.json({ data: 'premium' }));
app.post('/api/data', requirePayment({ price: '0.02' }), async (c) => c.json(await c.req.json()));
serve({ fetch: app.fetch, port: 4021 });
