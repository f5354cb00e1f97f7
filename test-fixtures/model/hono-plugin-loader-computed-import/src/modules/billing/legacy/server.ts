import { Hono } from 'hono';

// an older set of billing routes, kept in the tree: no module.ts names it and nothing imports it
const legacy = new Hono();

legacy.get('/old-invoices', (c) => c.json([]));
legacy.post('/old-invoices/:id/void', (c) => c.json({ voided: c.req.param('id') }));

export default legacy;
