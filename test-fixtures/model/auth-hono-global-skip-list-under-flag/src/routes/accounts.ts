import { Hono } from 'hono';

const accounts = new Hono();

accounts.post('/sign-in', async (c) => c.json({ ok: true }));
accounts.get('/profile', (c) => c.json({ id: c.get('userId') }));

export default accounts;
