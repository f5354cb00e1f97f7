import { Hono } from 'hono';
import { requireUser } from './middleware/auth';

const app = new Hono();
app.use('/api/*', requireUser);
app.get('/api/orders', (c) => c.json({ orders: [], user: c.get('user') }));
app.delete('/api/orders/:id', (c) => c.json({ deleted: c.req.param('id') }));

export default app;
