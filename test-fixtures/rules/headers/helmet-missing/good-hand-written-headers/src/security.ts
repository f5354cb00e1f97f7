import type { Context, Next } from 'hono';

// the headers helmet would set, written by hand for an API that serves no HTML
export async function securityHeaders(c: Context, next: Next) {
  await next();
  c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  c.header('X-Frame-Options', 'DENY');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
}
