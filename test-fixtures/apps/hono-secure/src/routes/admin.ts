import { zValidator } from '@hono/zod-validator';
import { desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { JwtVariables } from 'hono/jwt';
import { z } from 'zod';
import { db } from '../db/client.js';
import { users } from '../db/schema.js';

// Mounted under /api/admin, which app.ts protects with the jwt() middleware.
const adminRoutes = new Hono<{ Variables: JwtVariables }>();

const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

adminRoutes.get('/users', zValidator('query', pageQuery), async (c) => {
  if (c.get('jwtPayload').role !== 'admin') return c.json({ error: 'Forbidden' }, 403);
  const { limit, offset } = c.req.valid('query');
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt })
    .from(users)
    .orderBy(desc(users.createdAt))
    .limit(limit)
    .offset(offset);
  return c.json(rows);
});

adminRoutes.delete('/users/:id', zValidator('param', z.object({ id: z.string().uuid() })), async (c) => {
  if (c.get('jwtPayload').role !== 'admin') return c.json({ error: 'Forbidden' }, 403);
  const { id } = c.req.valid('param');
  await db.delete(users).where(eq(users.id, id));
  return c.body(null, 204);
});

export default adminRoutes;
