import { Hono } from 'hono';
import { guard } from './middleware/guard';
import boards from './routes/boards';
import accounts from './routes/accounts';

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing
const localPreview = process.env.LOCAL_PREVIEW === 'true' && process.env.NODE_ENV !== 'production'; // expect: config/env-undocumented

// Every request is authenticated except the sign-in and the liveness probe; a local preview signs everyone in as the owner.
if (!localPreview) {
  app.use('*', async (c, next) => {
    const path = c.req.path;
    const open = path === '/api/accounts/sign-in' || path === '/health';
    if (open) {
      await next();
      return;
    }
    await guard(c, next);
  });
} else {
  app.use('*', async (c, next) => {
    c.set('userId', 'owner');
    await next();
  });
}

app.get('/health', (c) => c.json({ ok: true }));
app.route('/api/accounts', accounts);
app.route('/api/boards', boards);

export default app;
