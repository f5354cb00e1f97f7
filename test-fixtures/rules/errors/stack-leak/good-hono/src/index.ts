import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

const app = new Hono();
app.get('/notes', (c) => c.json([]));
app.onError((err, c) => {
  console.error(err);
  if (err instanceof HTTPException) return err.getResponse();
  return c.json({ error: 'Internal Server Error' }, 500);
});

export default app;
