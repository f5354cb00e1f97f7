import { Hono } from 'hono';

const app = new Hono();
const LINKS: Record<string, string> = { docs: 'https://docs.example.com', status: 'https://status.example.com' };

// the key picks a URL from a fixed map
app.get('/go/:key', (c) => c.redirect(LINKS[c.req.param('key')] ?? '/'));
app.get('/p/:slug', (c) => c.redirect(`/posts/${c.req.param('slug')}`, 301));

export default app;
