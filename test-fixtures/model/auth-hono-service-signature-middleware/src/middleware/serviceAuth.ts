import type { Context, Next } from 'hono';
import { verifyServiceSignature } from '../lib/hmac';

type Env = { Bindings: { SERVICE_SECRET: string } };

export async function serviceAuth(c: Context<Env>, next: Next) {
  if (!c.env.SERVICE_SECRET) return c.json({ error: 'not configured' }, 503);
  const stamp = c.req.header('x-service-timestamp') ?? '';
  const signature = c.req.header('x-service-signature') ?? '';
  if (!stamp || !signature) return c.json({ error: 'missing signature' }, 401);
  const valid = await verifyServiceSignature({ secret: c.env.SERVICE_SECRET, method: c.req.method, path: c.req.path, stamp, signature });
  if (!valid) return c.json({ error: 'bad signature' }, 401);
  await next();
}

// records whether a partner signed the call; lets every call through
export async function signatureProbe(c: Context<Env>, next: Next) {
  const valid = await verifyServiceSignature({
    secret: c.env.SERVICE_SECRET,
    method: c.req.method,
    path: c.req.path,
    stamp: c.req.header('x-service-timestamp') ?? '',
    signature: c.req.header('x-service-signature') ?? '',
  });
  c.header('x-signed', valid ? 'yes' : 'no');
  await next();
}
