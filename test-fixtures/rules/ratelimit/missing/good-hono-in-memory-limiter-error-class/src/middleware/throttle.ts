import type { Context, Next } from 'hono';
import { ThrottledError } from '../errors';

const windows = new Map<string, { hits: number; endsAt: number }>();
const PER_MINUTE = 120;

export const throttle = async (c: Context, next: Next) => {
  const who = c.req.header('x-forwarded-for') ?? 'local';
  const now = Date.now();
  let w = windows.get(who);
  if (!w || w.endsAt < now) {
    w = { hits: 0, endsAt: now + 60_000 };
    windows.set(who, w);
  }
  w.hits += 1;
  if (w.hits > PER_MINUTE) {
    throw new ThrottledError();
  }
  await next();
};
