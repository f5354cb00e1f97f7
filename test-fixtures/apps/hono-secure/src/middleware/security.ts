import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { jwt } from 'hono/jwt';
import { rateLimiter } from 'hono-rate-limiter';
import { env } from '../env.js';

/** Rate-limit key: the client's socket address. */
export const clientAddress = (c: Context) => getConnInfo(c).remote.address ?? 'unknown';

/** Verifies the HS256 access token and exposes its payload as c.get('jwtPayload'). */
export const requireAuth = jwt({ secret: env.JWT_SECRET, alg: 'HS256' });

/** Register and login: 5 attempts per 15 minutes per client address. */
export const credentialsLimiter = rateLimiter({
  windowMs: 15 * 60 * 1000,
  limit: 5,
  standardHeaders: 'draft-6',
  keyGenerator: clientAddress,
});
