import { Hono } from 'hono';

const app = new Hono();
app.get('/orders', (c) => c.json([]));

export default app;
