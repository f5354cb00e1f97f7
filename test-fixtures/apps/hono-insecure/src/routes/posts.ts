import { and, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { jwt, type JwtVariables } from 'hono/jwt';
import { db } from '../db/client.js';
import { posts } from '../db/schema.js';

const requireAuth = jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' });

const postRoutes = new Hono<{ Variables: JwtVariables }>();

// GET /api/posts?sort=title
postRoutes.get('/', async (c) => {
  const rows = await db.execute(sql.raw(`SELECT id, title, author_id, created_at FROM posts WHERE published = true ORDER BY ${c.req.query('sort') || 'created_at'} DESC LIMIT 50`)); // expect: validation/unvalidated-input, injection/sql-raw-query[error]
  return c.json(rows);
});

postRoutes.get('/:id', async (c) => {
  const id = Number(c.req.param('id'));
  const [post] = await db.select().from(posts).where(eq(posts.id, id));
  if (!post) return c.json({ error: 'Post not found' }, 404);
  return c.json(post);
});

postRoutes.post('/', requireAuth, async (c) => {
  const body = await c.req.json(); // expect: validation/unvalidated-input
  const { sub } = c.get('jwtPayload');
  const [post] = await db
    .insert(posts)
    .values({ authorId: sub, title: body.title, body: body.body, published: body.published ?? false })
    .returning();
  return c.json(post, 201);
});

postRoutes.patch('/:id', requireAuth, async (c) => {
  const id = Number(c.req.param('id'));
  const changes = await c.req.json(); // expect: validation/unvalidated-input
  const { sub } = c.get('jwtPayload');
  const [post] = await db
    .update(posts)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(posts.id, id), eq(posts.authorId, sub)))
    .returning();
  if (!post) return c.json({ error: 'Post not found' }, 404);
  return c.json(post);
});

postRoutes.delete('/:id', async (c) => { // expect: authn/unauthenticated-mutation
  const id = Number(c.req.param('id'));
  await db.delete(posts).where(eq(posts.id, id));
  return c.body(null, 204);
});

export default postRoutes;
