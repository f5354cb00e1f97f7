import { serve } from '@hono/node-server';
import app from './app';

serve({ fetch: app.fetch, port: Number(process.env.PORT) || 8787 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
