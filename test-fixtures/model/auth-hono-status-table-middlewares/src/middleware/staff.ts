import type { Context, Next } from 'hono'
import { failWith } from '../lib/errors'
import { verifiedClaims } from '../lib/identity'

async function callerEmail(c: Context): Promise<string | null> {
  const header = c.req.header('authorization')
  if (!header?.startsWith('Bearer ')) return null
  const claims = await verifiedClaims(header.slice(7), c.env.JWKS_URL)
  return claims ? String(claims.email ?? '') || null : null
}

// platform staff only: a verified token whose email is on the staff table
export function requireStaff() {
  return async (c: Context, next: Next) => {
    const email = await callerEmail(c)
    if (!email) {
      return failWith(c, 'FORBIDDEN', 'Staff access required')
    }
    const row = await c.env.DB.prepare('SELECT id FROM staff WHERE email = ?').bind(email.toLowerCase()).first()
    if (row) {
      c.set('staffEmail', email)
      await next()
      return
    }
    return failWith(c, 'FORBIDDEN', 'Staff access required')
  }
}
