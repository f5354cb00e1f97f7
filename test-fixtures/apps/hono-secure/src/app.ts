import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { cors } from 'hono/cors'; import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { jwt } from 'hono/jwt';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import { rateLimiter } from 'hono-rate-limiter';
import { db } from './db/client.js';
import { env } from './env.js';
import { clientAddress } from './middleware/security.js';
import adminRoutes from './routes/admin.js';
import authRoutes from './routes/auth.js';
import postRoutes from './routes/posts.js';

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, observability/metrics-missing, observability/tracing-missing

app.use('*', logger()); // expect: logging/no-request-id
app.use('*', secureHeaders()); app.use('*', compress());
app.use(
  '*',
  cors({
    origin: ['https://inkwell.blog', 'https://admin.inkwell.blog'],
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
    credentials: true,
  }),
);
// Baseline for the whole API: 100 requests per minute per client address.
app.use(
  '*',
  rateLimiter({
    windowMs: 60 * 1000,
    limit: 100,
    standardHeaders: 'draft-6',
    keyGenerator: clientAddress,
  }),
);
app.use('/api/admin/*', jwt({ secret: env.JWT_SECRET, alg: 'HS256' }));

app.get('/health', async (c) => {
  await db.execute(sql`select 1`);
  return c.json({ status: 'ok' });
});

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
