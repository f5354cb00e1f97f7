import { Hono } from 'hono';

const app = new Hono(); // expect: headers/helmet-missing
app.get('/api/items', (c) => c.json([]));
export default app;
