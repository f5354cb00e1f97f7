import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const orders = new Hono();
orders.get('/', (c) => c.json([]));

const app = new Hono(); // expect: observability/health-missing
app.route('/orders', orders);

serve({ fetch: app.fetch, port: 3000 });
