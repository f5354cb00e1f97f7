import { Hono } from 'hono';

const app = new Hono(); // expect: errors/global-handler-missing[note]
app.get('/notes', (c) => c.json([]));

export default app;
