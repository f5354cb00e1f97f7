import type { MiddlewareHandler } from 'hono';

// answers 402 until the request carries a payment header
export function requirePayment(opts: { price: string }): MiddlewareHandler {
  return async (c, next) => {
    if (!c.req.header('x-payment')) return c.json({ price: opts.price }, 402);
    await next();
  };
}
