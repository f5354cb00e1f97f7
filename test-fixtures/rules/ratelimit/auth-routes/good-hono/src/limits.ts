import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';

const clientAddress = (c: Context) => getConnInfo(c).remote.address ?? 'unknown';

export const entriesLimiter = rateLimiter({ windowMs: 60 * 1000, limit: 100, keyGenerator: clientAddress });
export const credentialsLimiter = rateLimiter({ windowMs: 15 * 60 * 1000, limit: 5, keyGenerator: clientAddress });
