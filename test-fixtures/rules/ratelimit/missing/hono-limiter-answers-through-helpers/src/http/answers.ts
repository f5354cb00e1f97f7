import type { Context } from 'hono';

const failure = (c: Context, message: string, code: string, status: number) =>
  c.json({ ok: false, message, code }, status as 400);

export const badInput = (c: Context, message: string) => failure(c, message, 'BAD_INPUT', 400);

export const tooMany = (c: Context, retryAfter?: number) => {
  if (retryAfter) c.header('Retry-After', String(retryAfter));
  return failure(c, 'Slow down', 'TOO_MANY', 429);
};
