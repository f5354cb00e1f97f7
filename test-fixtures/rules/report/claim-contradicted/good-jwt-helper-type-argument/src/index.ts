import { Hono } from 'hono';
import { mintBoth } from './tokens';

const app = new Hono();

app.post('/login', async (c) => {
  const body = await c.req.json<{ userId: string }>();
  return c.json(await mintBoth(String(body.userId), process.env.JWT_SECRET as string));
});

export default app;
