import { Hono } from 'hono';
import { requireCsrf } from './middleware/csrf';
import apply from './routes/apply';

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing

app.use('/api/*', requireCsrf);
app.get('/api/health', (c) => c.json({ ok: true }));
app.post('/api/auth/login', async (c) => c.json({ ok: true }));
app.post('/api/hooks/crm', async (c) => c.json({ ok: true }));
app.route('/api/apply', apply);

export default app;
