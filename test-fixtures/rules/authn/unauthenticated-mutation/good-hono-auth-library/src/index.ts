import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { auth } from './lib/auth';

const recipes: string[] = [];
const app = new Hono();

// The library's own sign-in / sign-up / reset endpoints: public by design.
app.on(['GET', 'POST'], '/api/auth/*', (c) => auth.handler(c.req.raw));

app.use('/api/recipes/*', jwt({ secret: process.env.JWT_SECRET as string }));
app.post('/api/recipes', async (c) => {
  const { title } = await c.req.json<{ title: string }>();
  recipes.push(title);
  return c.json({ count: recipes.length }, 201);
});

export default app;
