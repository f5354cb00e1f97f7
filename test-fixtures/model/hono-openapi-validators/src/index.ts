import { serve } from '@hono/node-server';
import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { validator } from 'hono/validator';
import { rateLimiter } from 'hono-rate-limiter';
import notes from './routes/notes.js';

const app = new OpenAPIHono(); // expect: errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing, api/compression-missing

// Registered before the middleware below on purpose: a probe answers without headers or a limit (not reported).
app.get('/health', (c) => c.json({ status: 'ok' }));

app.use('*', secureHeaders());
app.use('/api/*', rateLimiter({ windowMs: 60_000, limit: 100, keyGenerator: (c) => c.req.header('x-forwarded-for') ?? '' }));

app.route('/api/notes', notes);
const contacts: string[] = []; // kept in memory
// A hand-written validator from hono/validator checks the form body.
app.post( // expect: authn/unauthenticated-mutation
  '/api/contact',
  validator('form', (value, c) => {
    const email = value['email'];
    if (typeof email !== 'string' || !email.includes('@')) return c.text('Invalid email', 400);
    return { email };
  }),
  (c) => { const { email } = c.req.valid('form'); contacts.push(email); return c.json({ received: email }, 202); },
);

app.doc('/openapi.json', { openapi: '3.0.0', info: { title: 'Notes', version: '1.0.0' } });

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
