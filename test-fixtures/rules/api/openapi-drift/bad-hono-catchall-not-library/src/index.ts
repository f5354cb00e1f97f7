import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { betterAuth } from 'better-auth';

const auth = betterAuth({ emailAndPassword: { enabled: true } });
const app = new Hono();

app.on(['POST', 'GET'], '/api/auth/*', (c) => auth.handler(c.req.raw));
// a wildcard the project answers itself with a 404: documented paths under it are not served
app.all('/files/*', (c) => c.json({ error: 'gone' }, 404));
app.get('/folders', (c) => c.json([]));
app.post('/folders', async (c) => c.json(await c.req.json(), 201));

serve({ fetch: app.fetch, port: 3000 });
