import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { todos } from './schema';

type Env = { Bindings: { DB: D1Database; JWT_SECRET: string } };

const app = new Hono<Env>();

app.use('/todos/*', (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: 'HS256' })(c, next));

app.delete('/todos/:id', async (c) => {
  const db = drizzle(c.env.DB);
  await db.delete(todos).where(eq(todos.id, Number(c.req.param('id')))); // expect: authn/missing-ownership-check
  return c.body(null, 204);
});

app.patch('/todos/:id', async (c) => {
  const db = drizzle(c.env.DB);
  const { sub } = c.get('jwtPayload');
  const body = await c.req.json();
  await db.update(todos).set({ done: Boolean(body.done) }).where(and(eq(todos.id, Number(c.req.param('id'))), eq(todos.userId, sub)));
  return c.json({ ok: true });
});

export default app;
