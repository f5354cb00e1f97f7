import { Hono } from 'hono';
import { countAttempt } from '../lib/attempts';

type Env = { DB: D1Database; MAX_TRIES: string };

export const session = new Hono<{ Bindings: Env }>();

session.post('/login', async (c) => {
  const { badge, birthDate } = await c.req.json<{ badge: string; birthDate: string }>();
  const verdict = await countAttempt(c.env, String(badge), 'login');
  if (!verdict.ok) {
    return c.json({ error: 'Too many attempts, try later' }, 429);
  }
  const person = await c.env.DB.prepare('SELECT id FROM staff WHERE badge = ? AND birth_date = ?').bind(badge, birthDate).first();
  if (!person) return c.json({ error: 'not found' }, 401);
  return c.json({ ok: true });
});
