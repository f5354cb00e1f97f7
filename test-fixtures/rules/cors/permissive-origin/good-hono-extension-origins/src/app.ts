import { Hono } from 'hono';
import { cors } from 'hono/cors';

const PUBLIC_ORIGIN = 'https://vault.example.net';

function fromBrowserExtension(origin: string): boolean {
  return origin.startsWith('chrome-extension://') || origin.startsWith('moz-extension://');
}

const app = new Hono();

app.use('*', cors({
  origin: (origin) => {
    if (!origin) return '';
    // its own site and browser extensions are echoed back, any other website gets nothing
    if (origin === PUBLIC_ORIGIN || fromBrowserExtension(origin)) return origin;
    return '';
  },
  credentials: true,
}));

app.get('/api/items', (c) => c.json([]));

export default app;
