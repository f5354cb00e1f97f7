import { Hono } from 'hono';
import { html, raw } from 'hono/html';

const app = new Hono();

// a plain template literal escapes nothing
app.get('/hello', (c) => c.html(`<h1>Hello ${c.req.query('name')}</h1>`)); // expect: injection/xss

// raw() marks its argument as already escaped
app.get('/post/:slug', (c) => {
  const slug = c.req.param('slug');
  return c.html(html`<main><h1>Post</h1>${raw(slug)}</main>`); // expect: injection/xss
});

export default app;
