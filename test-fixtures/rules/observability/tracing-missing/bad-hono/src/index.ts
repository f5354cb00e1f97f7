import * as Sentry from '@sentry/node';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

Sentry.init({ dsn: process.env.SENTRY_DSN });

const app = new Hono(); // expect: observability/tracing-missing
app.get('/orders', (c) => c.json([]));
serve({ fetch: app.fetch, port: 3000 });
