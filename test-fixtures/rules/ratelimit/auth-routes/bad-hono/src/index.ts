import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { entriesLimiter } from './limits.js';
import { authRoutes } from './routes/auth.js';
import { entriesRoutes } from './routes/entries.js';

const app = new Hono();

app.use('/api/entries/*', entriesLimiter);

app.route('/api/entries', entriesRoutes);
app.route('/api/auth', authRoutes);

serve({ fetch: app.fetch, port: 3000 });
