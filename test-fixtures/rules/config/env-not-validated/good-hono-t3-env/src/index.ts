import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { env } from './env';

const app = new Hono();
app.get('/contact', (c) => c.json({ email: env.ADMIN_EMAIL }));

serve({ fetch: app.fetch, port: 3000 });
