import { Hono } from 'hono';

const shelves = new Hono();

shelves.get('/:id', (c) => c.json({ id: c.req.param('id') }));

export default shelves;
