import { Hono } from 'hono';
import { html } from 'hono/html';

const app = new Hono();

// the html tagged template escapes every hole
app.get('/hello', (c) => c.html(html`<h1>Hello ${c.req.query('name')}</h1>`));

// c.text is text/plain
app.get('/plain', (c) => c.text(`Hello ${c.req.query('name')}`));

export default app;
