import type { Context, Next } from 'hono'
import { verifiedClaims } from '../lib/identity'

// a signed-in vendor: the verified token's subject
export function requireMember() {
  return async (c: Context, next: Next) => {
    const header = c.req.header('authorization')
    const claims = header?.startsWith('Bearer ') ? await verifiedClaims(header.slice(7), c.env.JWKS_URL) : null
    if (!claims) {
      return c.json({ ok: false, code: 'UNAUTHORIZED', message: 'Sign in first' }, 401)
    }
    c.set('vendorId', String(claims.sub))
    await next()
  }
}
