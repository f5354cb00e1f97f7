import { Hono } from 'hono';

const app = new Hono();
app.get('/notes', (c) => c.json([]));
app.onError((err, c) => c.json({ error: err.message, stack: err.stack }, 500)); // expect: errors/stack-leak[error]

export default app;
