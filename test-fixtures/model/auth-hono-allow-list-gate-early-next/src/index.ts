import { Hono } from 'hono';
import { requireUser } from './auth';
import { shop, account } from './routes/shop';
import { orders } from './routes/orders';

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing

// Sign-in is needed everywhere except the storefront reads and the guest order endpoints.
app.use('*', async (c, next) => {
  if (c.req.method === 'OPTIONS') return c.body(null, 204);
  if (c.req.path === '/health') return next();
  if (c.req.method === 'POST' && c.req.path === '/orders') return next();
  if (c.req.method === 'GET' && /^\/orders\/[A-Za-z0-9-]+$/.test(c.req.path)) return next();
  if (c.req.method === 'GET' && (c.req.path === '/shop' || c.req.path.startsWith('/shop/'))) return next();
  return requireUser(c, next);
});

app.get('/health', (c) => c.json({ ok: true }));
app.route('/shop', shop);
app.route('/shop/account', account);
app.route('/orders', orders);

export default app;
