import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { execSync } from 'node:child_process';
import { Fetcher } from './fetcher';

const app = new Hono();

// the request URL itself is client text
app.get('/mirror/*', (c) => {
  const out = execSync(`wget -q -O - ${c.req.url}`); // expect: injection/command
  return c.body(out);
});

// a JSON body field kept in a service instance's field
app.post('/fetch', async (c) => {
  const { source } = await c.req.json();
  const f = new Fetcher(source);
  return c.text(f.fetch());
});

// a validated number is not
app.get('/lines/:n', (c) => {
  const n = Number.parseInt(c.req.param('n'), 10);
  return c.text(execSync(`tail -n ${n} /var/log/app.log`).toString());
});

serve(app);
