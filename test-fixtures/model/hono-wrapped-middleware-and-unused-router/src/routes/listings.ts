import { Hono } from 'hono';

export const listings = new Hono();
listings.get('/', (c) => c.json([{ id: 1, title: 'Cabin' }]));
listings.get('/:id', (c) => c.json({ id: Number(c.req.param('id')) }));

// an older router nothing imports any more: it serves nothing
export const legacyListings = new Hono();
legacyListings.get('/all', (c) => c.json([]));
