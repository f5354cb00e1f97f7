import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { dishesApp } from './dishes.js';

const app = new Hono();
app.use('*', secureHeaders());

app.get('/', (c) => c.html('<h1>Menu</h1>'));
app.route('/dishes', dishesApp);

serve({ fetch: app.fetch, port: 3000 });
