import type { Context, Next } from 'hono';
import { jwtVerify } from 'jose';

const key = new TextEncoder().encode(process.env.JWT_SECRET);

export async function authMiddleware(c: Context, next: Next) {
  const header = c.req.header('Authorization');
  if (!header?.startsWith('Bearer ')) return c.json({ error: 'Unauthorized' }, 401);
  try {
    const { payload } = await jwtVerify(header.slice(7), key);
    c.set('userId', payload.sub as string);
    c.set('userRole', payload.role as string);
  } catch {
    return c.json({ error: 'Unauthorized' }, 401);
  }
  await next();
}

// only the role the verified token carried lets a request through: a stranger has none and is refused
export async function adminOnly(c: Context, next: Next) {
  if (c.get('userRole') !== 'admin') return c.json({ error: 'Admin access required' }, 403);
  await next();
}

// reads a header the caller chooses: no identity established
export async function betaOnly(c: Context, next: Next) {
  if (c.req.header('X-Beta') !== 'yes') return c.json({ error: 'Beta only' }, 403);
  await next();
}

export const requireAdmin = adminOnly;
