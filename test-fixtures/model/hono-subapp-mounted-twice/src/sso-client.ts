import type { Context } from 'hono';

export async function finishSignIn(c: Context) {
  const body = await c.req.parseBody();
  return c.json({ ok: typeof body.code === 'string' });
}
