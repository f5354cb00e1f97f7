import { Hono } from 'hono';

export const requests = new Hono();

// mounted at /api/queue: the root route is /api/queue itself
requests.get('/', (c) => c.json([]));
requests.get('/pending/', (c) => c.json({ pending: [] }));
requests.get('/pending', (c) => c.json({ pending: [], exact: true }));
