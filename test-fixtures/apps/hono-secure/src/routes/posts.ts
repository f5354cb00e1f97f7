import { zValidator } from '@hono/zod-validator';
import { and, asc, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { JwtVariables } from 'hono/jwt';
import { z } from 'zod';
import { db } from '../db/client.js';
import { posts } from '../db/schema.js';
import { requireAuth } from '../middleware/security.js';

const sortColumns = { created_at: posts.createdAt, title: posts.title } as const;

const listQuery = z.object({
  sort: z.enum(['created_at', 'title']).default('created_at'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

const idParam = z.object({ id: z.coerce.number().int().positive() });

const postBody = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().min(1).max(50_000),
  published: z.boolean().default(false),
});

const postRoutes = new Hono<{ Variables: JwtVariables }>();

// GET /api/posts?sort=title&order=asc&limit=20
postRoutes.get('/', zValidator('query', listQuery), async (c) => {
  const { sort, order, limit, offset } = c.req.valid('query');
  const column = sortColumns[sort];
  const rows = await db
    .select({ id: posts.id, title: posts.title, authorId: posts.authorId, createdAt: posts.createdAt })
    .from(posts)
    .where(eq(posts.published, true))
    .orderBy(order === 'asc' ? asc(column) : desc(column))
    .limit(limit)
    .offset(offset);
  return c.json(rows);
});

postRoutes.get('/:id', zValidator('param', idParam), async (c) => {
  const { id } = c.req.valid('param');
  const [post] = await db
    .select()
    .from(posts)
    .where(and(eq(posts.id, id), eq(posts.published, true)));
  if (!post) return c.json({ error: 'Post not found' }, 404);
  return c.json(post);
});

postRoutes.post('/', requireAuth, zValidator('json', postBody), async (c) => {
  const input = c.req.valid('json');
  const { sub } = c.get('jwtPayload');
  const [post] = await db
    .insert(posts)
    .values({ ...input, authorId: sub })
    .returning();
  return c.json(post, 201);
});

postRoutes.patch('/:id', requireAuth, zValidator('param', idParam), zValidator('json', postBody.partial()), async (c) => {
  const { id } = c.req.valid('param');
  const changes = c.req.valid('json');
  const { sub } = c.get('jwtPayload');
  const [post] = await db
    .update(posts)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(posts.id, id), eq(posts.authorId, sub)))
    .returning();
  if (!post) return c.json({ error: 'Post not found' }, 404);
  return c.json(post);
});

postRoutes.delete('/:id', requireAuth, zValidator('param', idParam), async (c) => {
  const { id } = c.req.valid('param');
  const { sub } = c.get('jwtPayload');
  const deleted = await db
    .delete(posts)
    .where(and(eq(posts.id, id), eq(posts.authorId, sub)))
    .returning({ id: posts.id });
  if (deleted.length === 0) return c.json({ error: 'Post not found' }, 404);
  return c.body(null, 204);
});

export default postRoutes;
