import { serve } from '@hono/node-server';
import { createServer } from './server';

const app = createServer();
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
