import { Hono } from 'hono';

const apply = new Hono();

apply.get('/status/:id', (c) => c.json({ id: c.req.param('id'), status: 'received' }));
apply.post('/submit', async (c) => c.json({ received: true }, 201));
apply.post('/withdraw/:id', async (c) => c.json({ withdrawn: c.req.param('id') }));

export default apply;
