import type { Context } from 'hono';

export async function readSession(c: Context): Promise<{ id: string; role: string } | null> {
  const sid = c.req.header('cookie');
  if (!sid) return null;
  const found = await c.env.SESSIONS.get(sid, 'json');
  return found ?? null;
}
