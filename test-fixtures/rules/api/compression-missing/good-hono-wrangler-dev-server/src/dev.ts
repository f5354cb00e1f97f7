import { serve } from '@hono/node-server';
import { app } from './app';

// local development only: production is the Workers entry in wrangler.toml
serve({ fetch: app.fetch, port: 8787 });
