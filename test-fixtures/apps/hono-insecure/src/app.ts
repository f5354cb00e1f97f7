import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { jwt } from 'hono/jwt';
import { logger } from 'hono/logger';
import adminRoutes from './routes/admin.js';
import authRoutes from './routes/auth.js';
import postRoutes from './routes/posts.js';

const app = new Hono(); // expect: ratelimit/missing, headers/helmet-missing, api/compression-missing

app.use('*', logger());
app.use('*', cors()); // expect: cors/permissive-origin[warning]
app.use('/api/admin/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));

app.get('/health', (c) => c.json({ status: 'ok' }));

const api = app.basePath('/api');
api.route('/auth', authRoutes);
api.route('/posts', postRoutes);
api.route('/admin', adminRoutes);

app.notFound((c) => c.json({ error: 'Not found' }, 404));

app.onError((err, c) => {
  if (err instanceof HTTPException) {
    return err.getResponse();
  }
  console.error(err);
  return c.json({ error: 'Internal server error' }, 500);
});

export default app;
