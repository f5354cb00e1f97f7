import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import fs from 'node:fs';
import path from 'node:path';

const app = new Hono();
const UI = path.resolve('dist', 'ui');
const NOTES = path.resolve('notes');

// a note by name: the parameter is decoded from its segment, '..%2f' becomes '../'
app.get('/notes/:name', (c) => {
  const file = path.join(NOTES, c.req.param('name'));
  return c.text(fs.readFileSync(file, 'utf8')); // expect: injection/path-traversal
});

// the single-page app's files: the request path comes from a parsed URL, its dot segments already resolved
app.get('*', (c) => {
  const reqPath = c.req.path === '/' ? '/index.html' : c.req.path;
  const file = path.join(UI, reqPath);
  if (fs.existsSync(file)) return c.body(fs.readFileSync(file));
  return c.body(fs.readFileSync(path.join(UI, 'index.html')));
});

serve({ fetch: app.fetch, port: 3000 });
