import type { Context, Next } from 'hono';

// every service mounts this first: one id per request, taken from the caller or made here, echoed back
export function correlate() {
  return async (c: Context, next: Next) => {
    const id = c.req.header('X-Request-ID') ?? crypto.randomUUID();
    c.set('requestId', id);
    c.header('X-Request-ID', id);
    await next();
  };
}
