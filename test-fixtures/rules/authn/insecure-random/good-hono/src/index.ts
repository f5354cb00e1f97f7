import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';

const app = new Hono();

app.post('/sessions', (c) => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const sessionId = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  setCookie(c, 'sid', sessionId, { httpOnly: true, secure: true, sameSite: 'Lax' });
  return c.body(null, 204);
});

app.get('/dice', (c) => c.json({ roll: 1 + Math.floor(Math.random() * 6) }));

export default app;
