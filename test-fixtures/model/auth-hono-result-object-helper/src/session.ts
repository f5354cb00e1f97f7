import type { Context } from 'hono';
import { jwtVerify } from 'jose';

export type Member = { id: string; stamp: string };

export type SessionResult =
  | { ok: true; member: Member; device: string }
  | { ok: false; response: Response };

function bearer(value: string | undefined): string | null {
  if (!value || !value.startsWith('Bearer ')) return null;
  return value.slice(7).trim() || null;
}

// Reads the bearer token and answers either the member or the response to send back.
export async function authenticateNotebookRequest(c: Context): Promise<SessionResult> {
  return authenticateWithToken(c, bearer(c.req.header('Authorization')));
}

export async function authenticateWithToken(c: Context, token: string | null): Promise<SessionResult> {
  if (!token) {
    return { ok: false, response: c.json({ error: 'missing_token' }, 401) };
  }
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(c.env.TOKEN_SECRET));
    const member = await c.env.DB.prepare('SELECT id, stamp FROM members WHERE id = ?').bind(payload.sub).first();
    if (!member || member.stamp !== payload.stamp) {
      return { ok: false, response: c.json({ error: 'invalid_token' }, 401) };
    }
    return { ok: true, member, device: String(payload.device) };
  } catch {
    return { ok: false, response: c.json({ error: 'invalid_token' }, 401) };
  }
}

// The same, and the device must still be registered.
export async function authenticateKnownDevice(c: Context): Promise<SessionResult> {
  const auth = await authenticateNotebookRequest(c);
  if (!auth.ok) {
    return auth;
  }
  const device = await c.env.DB.prepare('SELECT id FROM devices WHERE member_id = ? AND ident = ?').bind(auth.member.id, auth.device).first();
  if (!device) {
    return { ok: false, response: c.json({ error: 'unknown_device' }, 401) };
  }
  return auth;
}
