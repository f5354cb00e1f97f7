import { Hono } from 'hono';
import { session } from './routes/session';

const app = new Hono();
app.get('/health', (c) => c.json({ ok: true }));
app.route('/api/auth', session);

export default app;
