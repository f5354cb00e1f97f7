import { getCookie } from 'hono/cookie'

export function sessionIdOf(c: { req: { header: (name: string) => string | undefined } }): string | null {
  return getCookie(c as any, 'sid') ?? null
}

export async function userOfSession(db: D1Database, sessionId: string) {
  return db.prepare('SELECT u.id, u.email FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ? AND s.expires_at > ?')
    .bind(sessionId, Math.floor(Date.now() / 1000))
    .first<{ id: string; email: string }>()
}
