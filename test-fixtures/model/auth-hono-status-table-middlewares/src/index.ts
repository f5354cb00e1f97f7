import { Hono } from 'hono'
import { requireStaff } from './middleware/staff'
import { throttle } from './middleware/throttle'
import { requireMember } from './middleware/member'
import { failWith } from './lib/errors'
import { verifiedClaims } from './lib/identity'
import { sessionIdOf, userOfSession } from './lib/sessions'

type Bindings = { DB: D1Database; KV: KVNamespace; JWKS_URL: string }

const app = new Hono<{ Bindings: Bindings }>().basePath('/api/v1') // expect: api/openapi-missing, errors/global-handler-missing, headers/helmet-missing

app.get('/health', (c) => c.json({ ok: true }))

app.post('/platform/vendors/:vendorId/suspend', requireStaff(), throttle({ limit: 50, windowSeconds: 3600, bucket: 'suspend' }), async (c) => {
  const vendorId = c.req.param('vendorId')
  const found = await c.env.DB.prepare('SELECT id FROM vendors WHERE id = ?').bind(vendorId).first()
  if (!found) return failWith(c, 'NOT_FOUND', 'No such vendor')
  await c.env.DB.prepare('UPDATE vendors SET suspended = 1 WHERE id = ?').bind(vendorId).run()
  return c.json({ ok: true })
})

app.get('/quotes/:id', throttle({ limit: 120, windowSeconds: 60, bucket: 'quote-read' }), async (c) => {
  const quote = await c.env.DB.prepare('SELECT id, total FROM quotes WHERE id = ?').bind(c.req.param('id')).first()
  if (!quote) return failWith(c, 'NOT_FOUND', 'No such quote')
  return c.json({ ok: true, quote })
})

app.post('/vendors/me/pause', requireMember(), throttle({ limit: 30, windowSeconds: 60, bucket: 'vendor-pause' }), async (c) => {
  await c.env.DB.prepare('UPDATE vendors SET paused = 1 WHERE id = ?').bind(c.get('vendorId')).run()
  return c.json({ ok: true })
})

// the vendor's own record: the handler verifies the bearer token itself
app.get('/me/vendor', async (c) => {
  const header = c.req.header('authorization')
  if (!header?.startsWith('Bearer ')) return failWith(c, 'UNAUTHORIZED', 'Authentication required')
  const claims = await verifiedClaims(header.slice(7), c.env.JWKS_URL)
  if (!claims) return failWith(c, 'UNAUTHORIZED', 'Invalid token')
  const vendor = await c.env.DB.prepare('SELECT id, name FROM vendors WHERE owner_email = ?').bind(String(claims.email)).first()
  return c.json({ ok: true, vendor })
})

// the browser app's session: a cookie looked up in the sessions table
app.get('/session/me', async (c) => {
  const sessionId = sessionIdOf(c)
  if (!sessionId) return c.json({ error: 'Unauthorized' }, 401)
  const user = await userOfSession(c.env.DB, sessionId)
  if (!user) return c.json({ error: 'Unauthorized' }, 401)
  return c.json({ id: user.id, email: user.email })
})

export default app
