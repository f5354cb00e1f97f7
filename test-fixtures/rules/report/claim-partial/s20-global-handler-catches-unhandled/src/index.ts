import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const app = new Hono();
app.use('*', secureHeaders());
app.onError((err, c) => {
  console.error(JSON.stringify({ level: 'error', msg: err.message }));
  return c.json({ error: 'internal error' }, 500);
});

app.get('/palettes', (c) => c.json([]));

export default app;
