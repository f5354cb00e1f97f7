import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { bodyLimit } from 'hono/body-limit';
import { bearerAuth } from 'hono/bearer-auth';

const app = new Hono();
const auth = bearerAuth({ token: process.env.UPLOAD_TOKEN ?? '' });

app.get('/photos', (c) => c.json([]));
// raised on the one upload route, after authentication
app.post('/photos', auth, bodyLimit({ maxSize: 8 * 1024 * 1024 }), async (c) => {
  const form = await c.req.parseBody();
  return c.json({ received: Object.keys(form).length }, 201);
});

serve({ fetch: app.fetch, port: 3000 });
