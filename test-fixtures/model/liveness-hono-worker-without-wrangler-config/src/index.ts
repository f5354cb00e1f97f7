import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import notes from './routes/notes';

type Bindings = { API_TOKEN: string; DB: D1Database };
const app = new Hono<{ Bindings: Bindings }>(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing

app.use('/api/*', async (c, next) => bearerAuth({ token: c.env.API_TOKEN })(c, next));
app.route('/api/notes', notes);
app.get('/health', (c) => c.json({ ok: true }));

export default app;
