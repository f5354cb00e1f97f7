import { Hono } from 'hono';

const app = new Hono();
app.get('/notes', (c) => c.json([]));

export default app;
