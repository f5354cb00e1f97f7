import type { Context, Next } from 'hono';

export function guarded(label: string, mw: (c: Context, next: Next) => Promise<void | Response>) {
  return async (c: Context, next: Next) => {
    try {
      return await mw(c, next);
    } catch (e) {
      console.error(label, e);
      throw e;
    }
  };
}

export function guardedLimiter(mw: (c: Context, next: Next) => Promise<void | Response>) {
  return guarded('rate_limit', mw);
}
