import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { betterAuth } from 'better-auth';

const auth = betterAuth({ emailAndPassword: { enabled: true } });
const app = new Hono();

app.get('/health', (c) => c.json({ ok: true }));
// the auth library answers every path under here; its paths are the library's, not the app's to version
app.on(['GET', 'POST'], '/api/auth/**', (c) => auth.handler(c.req.raw));

serve({ fetch: app.fetch, port: 3000 });
