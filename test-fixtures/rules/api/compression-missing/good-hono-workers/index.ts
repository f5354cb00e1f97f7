import { Hono } from 'hono';

// a Cloudflare Worker: the platform compresses responses
const app = new Hono();
app.get('/items', (c) => c.json([{ id: 1 }]));

export default app;
