import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { jwt } from 'hono/jwt';
import { logger } from 'hono/logger';
import adminRoutes from './routes/admin.js';
import authRoutes from './routes/auth.js';
import postRoutes from './routes/posts.js';

const app = new Hono(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, api/versioning-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing, api/compression-missing

app.use('*', logger()); // expect: logging/no-request-id
app.use('*', cors()); // expect: cors/permissive-origin[warning]
app.use('/api/admin/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));

app.get('/health', (c) => c.json({ status: 'ok' })); // expect: observability/health-shallow

const api = app.basePath('/api');
api.route('/auth', authRoutes);
api.route('/posts', postRoutes);
api.route('/admin', adminRoutes);

app.notFound((c) => c.json({ error: 'Not found' }, 404));

app.onError((err, c) => {
  if (err instanceof HTTPException) {
    return err.getResponse();
  }
  console.error(err); // expect: logging/console-in-server
  return c.json({ error: 'Internal server error' }, 500);
});

export default app;
