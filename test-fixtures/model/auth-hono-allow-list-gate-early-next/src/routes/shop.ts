import { Hono } from 'hono';
import { requireUser } from '../auth';

export const shop = new Hono();
const loaves = [{ id: '1', name: 'rye' }];

shop.get('/loaves', (c) => c.json(loaves));
shop.get('/loaves/:id', (c) => c.json(loaves.find((l) => l.id === c.req.param('id')) ?? null));

export const account = new Hono();
account.use('*', requireUser);
account.get('/', (c) => c.json({ id: c.get('userId') }));
