import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { serve } from '@hono/node-server';
import { buildActionSpec } from './action-spec';

const app = new OpenAPIHono();
app.use('*', secureHeaders());
app.get('/api/v1/guides', (c) => c.json(['start', 'deploy']));
app.get('/api/v1/action-spec', (c) => c.json(buildActionSpec(new URL(c.req.url).origin)));

serve({ fetch: app.fetch, port: 3000 });
