import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import listings from './routes/listings.js';

const app = new Hono();
app.route('/api/listings', listings);
serve({ fetch: app.fetch, port: 3000 });
