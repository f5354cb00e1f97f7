import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { logger } from 'hono/logger';
import { requestId } from 'hono/request-id';

const app = new Hono();
app.use('*', requestId());
app.use('*', logger());
app.get('/orders', (c) => c.json([]));
serve({ fetch: app.fetch, port: 3000 });
