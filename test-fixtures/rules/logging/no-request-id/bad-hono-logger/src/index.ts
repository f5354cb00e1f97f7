import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { logger } from 'hono/logger';

const app = new Hono();
app.use('*', logger()); // expect: logging/no-request-id
app.get('/orders', (c) => c.json([]));
serve({ fetch: app.fetch, port: 3000 });
