import { Hono } from 'hono';
import { adminRoutes } from './routes/admin';
import { requireUser } from './middleware/auth';

const app = new Hono();

app.get('/api/health', (c) => c.json({ ok: true }));

app.put('/api/profile', requireUser(), async (c) => {
  const user = c.get('user');
  const body = await c.req.json();
  await c.env.DB.prepare('update users set bio = ? where id = ?').bind(String(body.bio), user.sub).run();
  return c.json({ ok: true });
});

adminRoutes(app);

export default app;
