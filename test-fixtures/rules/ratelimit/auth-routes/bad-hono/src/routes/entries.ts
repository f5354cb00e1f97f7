import { Hono } from 'hono';

const entries = [{ id: 1, text: 'First entry' }];

export const entriesRoutes = new Hono();

entriesRoutes.get('/', (c) => c.json(entries));
