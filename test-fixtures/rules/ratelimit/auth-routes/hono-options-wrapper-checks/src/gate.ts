import type { Context } from 'hono';
import { z } from 'zod';
import { UnauthorizedError, ForbiddenError } from './errors';
import { readSession } from './session';

// the options decide which checks run before the caller's handler
export async function applyRules(c: Context, rules: { who?: string; roles?: string[] } | undefined) {
  const who = rules?.who ?? 'member';
  if (who === 'anyone') return;
  if (who === 'service') {
    const key = c.req.header('x-service-key');
    if (!key || key !== c.env.SERVICE_KEY) throw new UnauthorizedError('service key required');
    return;
  }
  const account = await readSession(c);
  if (who === 'maybe') return;
  if (!account) throw new UnauthorizedError('sign in first');
  if (rules?.roles && !rules.roles.includes(account.role)) throw new ForbiddenError('not allowed');
}

export async function checkShape(c: Context, shape: { body?: z.ZodTypeAny; query?: z.ZodTypeAny } | undefined) {
  if (!shape) return {};
  const raw: Record<string, unknown> = {};
  if (shape.query) raw.query = c.req.query();
  if (shape.body) raw.body = await c.req.json();
  const whole = z.object({ body: shape.body ?? z.any(), query: shape.query ?? z.any() });
  const out = whole.safeParse(raw);
  if (!out.success) throw new Error('bad input');
  return out.data;
}
