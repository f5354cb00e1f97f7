import 'dotenv/config';
import { serve } from '@hono/node-server';
import app from './app.js';

const port = Number(process.env.PORT ?? 3000);

serve({ fetch: app.fetch, port }, (info) => { // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
  console.log(`Inkwell API listening on http://localhost:${info.port}`);
});
