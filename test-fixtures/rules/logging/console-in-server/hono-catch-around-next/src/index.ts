import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import pino from 'pino';

const logger = pino();
const jokes: { id: number; text: string }[] = [];

// Meant to shape every error; Hono hands Errors thrown by the routes to app.onError instead, so this catch never runs for them.
const errorMiddleware = createMiddleware(async (c, next) => {
  try {
    await next();
  } catch (error) {
    console.error('request failed', error);
    return c.json({ error: 'Internal server error' }, 500);
  }
});

const app = new Hono();
app.use('*', errorMiddleware);
app.onError((err, c) => {
  logger.error({ err }, 'request failed');
  return c.json({ error: 'Internal server error' }, 500);
});

app.get('/jokes', (c) => {
  console.log('listing jokes'); // expect: logging/console-in-server
  return c.json(jokes.slice(0, 50));
});

serve({ fetch: app.fetch, port: 3000 });
