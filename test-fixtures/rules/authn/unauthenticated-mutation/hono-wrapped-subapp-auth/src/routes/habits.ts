import { Hono } from 'hono';
import { sessionMiddleware } from '../middlewares/session';
import { withAuthFailureLogging } from '../middlewares/failure';

const app = new Hono();
const habits = new Map<string, { owner: string; name: string }>();

app.use('*', withAuthFailureLogging(sessionMiddleware()));

app.post('/', async (c) => {
  const { name } = await c.req.json<{ name: string }>();
  const id = crypto.randomUUID();
  habits.set(id, { owner: c.get('userId'), name });
  return c.json({ id }, 201);
});

app.delete('/:id', (c) => {
  habits.delete(c.req.param('id'));
  return c.body(null, 204);
});

export default app;
