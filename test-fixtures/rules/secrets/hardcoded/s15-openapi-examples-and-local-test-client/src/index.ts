import { serve } from '@hono/node-server';
import { OpenAPIHono } from '@hono/zod-openapi';
import { auth } from './routes/auth.js';

const app = new OpenAPIHono();
app.route('/auth', auth);

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
