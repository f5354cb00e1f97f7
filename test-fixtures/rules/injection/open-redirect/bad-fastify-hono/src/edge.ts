import { Hono } from 'hono';

const app = new Hono();

app.get('/go', (c) => c.redirect(c.req.query('to') ?? '/')); // expect: injection/open-redirect

app.post('/subscribe', async (c) => {
  const form = await c.req.parseBody();
  return c.redirect(String(form['redirect']), 303); // expect: injection/open-redirect
});

export default app;
