import { Hono } from 'hono';
import { authMiddleware, betaOnly, requireAdmin } from '../middleware/auth.js';

const listings = new Map<string, { id: string; verified: boolean; featured: boolean }>();
const app = new Hono();

app.post('/', authMiddleware, async (c) => {
  const id = crypto.randomUUID();
  listings.set(id, { id, verified: false, featured: false });
  return c.json({ id }, 201);
});

// admin-only: the role gate refuses anyone the auth middleware did not identify as an admin
app.post('/admin/:id/verify', requireAdmin, (c) => {
  const l = listings.get(c.req.param('id'));
  if (!l) return c.json({ error: 'Not found' }, 404);
  l.verified = true;
  return c.json(l);
});

app.post('/:id/feature', betaOnly, (c) => { // expect: authn/unauthenticated-mutation
  const l = listings.get(c.req.param('id'));
  if (!l) return c.json({ error: 'Not found' }, 404);
  l.featured = true;
  return c.json(l);
});

export default app;
