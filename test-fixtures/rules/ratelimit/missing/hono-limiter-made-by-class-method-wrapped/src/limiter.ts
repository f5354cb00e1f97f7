import type { Context, Next, MiddlewareHandler } from 'hono';
import { TooManyError } from './errors.js';

export class WindowLimiter {
  private hits = new Map<string, number>();
  handler(): MiddlewareHandler {
    return async (c: Context, next: Next) => {
      const who = c.req.header('cf-connecting-ip') ?? 'anon';
      const n = (this.hits.get(who) ?? 0) + 1;
      this.hits.set(who, n);
      if (n > 100) {
        throw new TooManyError('Too many requests');
      }
      await next();
    };
  }
}

export const windowLimiter = new WindowLimiter();

export const makeLimiter = (): MiddlewareHandler => {
  return windowLimiter.handler();
};

