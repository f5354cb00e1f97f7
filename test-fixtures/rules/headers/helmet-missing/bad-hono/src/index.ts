import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { logger } from 'hono/logger';

const app = new Hono(); // expect: headers/helmet-missing[warning]

app.use('*', logger());

app.get('/forecast/:city', (c) => c.json({ city: c.req.param('city').slice(0, 80), days: [] }));

serve({ fetch: app.fetch, port: 3000 });
