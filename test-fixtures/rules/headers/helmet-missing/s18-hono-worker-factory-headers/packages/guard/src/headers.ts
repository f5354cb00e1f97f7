import type { Context, Next } from 'hono';

export interface HeaderOptions { environment?: string; allowFraming?: boolean }

export function responseHeaders(options: HeaderOptions = {}) {
  const policy = "default-src 'self'; frame-ancestors 'none'";
  return async (c: Context, next: Next) => {
    await next();
    c.header('Content-Security-Policy', policy);
    if (!options.allowFraming) c.header('X-Frame-Options', 'DENY');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (options.environment === 'production') c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
