import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { auth } from './routes/index';
import { sso } from './routes/sso';

const app = new Hono();
app.route('/auth', sso);
app.route('/auth', auth);

serve({ fetch: app.fetch, port: 3000 });
