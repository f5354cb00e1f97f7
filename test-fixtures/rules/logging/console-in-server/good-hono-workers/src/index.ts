import { Hono } from 'hono';

const app = new Hono();
app.get('/orders', (c) => {
  console.log('listing orders');
  return c.json([]);
});

export default app;
