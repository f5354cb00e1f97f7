import { desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { JwtVariables } from 'hono/jwt';
import { db } from '../db/client.js';
import { users } from '../db/schema.js';

// Mounted under /api/admin, which app.ts protects with the jwt() middleware.
const adminRoutes = new Hono<{ Variables: JwtVariables }>();

adminRoutes.get('/users', async (c) => {
  if (c.get('jwtPayload').role !== 'admin') return c.json({ error: 'Forbidden' }, 403);
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt })
    .from(users)
    .orderBy(desc(users.createdAt))
    .limit(100);
  return c.json(rows);
});

adminRoutes.delete('/users/:id', async (c) => {
  if (c.get('jwtPayload').role !== 'admin') return c.json({ error: 'Forbidden' }, 403);
  const id = c.req.param('id');
  await db.delete(users).where(eq(users.id, id));
  return c.body(null, 204);
});

export default adminRoutes;
