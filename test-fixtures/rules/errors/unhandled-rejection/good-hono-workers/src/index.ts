import { Hono } from 'hono';

const app = new Hono();
app.get('/notes', (c) => c.json([]));

// deployed to Cloudflare Workers: the platform runs the app, nothing listens
export default app;
