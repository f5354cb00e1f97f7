import { Hono } from 'hono';

const dishes = [{ id: 1, name: 'Pad thai' }];

export const dishesApp = new Hono();

dishesApp.get('/', (c) => c.json(dishes));
dishesApp.get('/:id', (c) => c.json(dishes.find((d) => String(d.id) === c.req.param('id')) ?? null));
