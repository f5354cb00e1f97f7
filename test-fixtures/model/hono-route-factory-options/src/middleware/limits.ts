import { rateLimiter } from 'hono-rate-limiter';

export const slowDown = rateLimiter({ windowMs: 60_000, limit: 10, keyGenerator: (c) => c.req.header('x-real-ip') ?? '' });
