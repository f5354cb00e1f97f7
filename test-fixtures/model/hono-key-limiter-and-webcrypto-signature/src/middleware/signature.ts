import { createMiddleware } from 'hono/factory';

type Env = { Bindings: { PARTNER_SIGNING_KEY: string } };

const encoder = new TextEncoder();

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

// the partner signs the raw body with the shared key; a wrong or missing signature is refused
export const partnerSignature = createMiddleware<Env>(async (c, next) => {
  const signature = c.req.header('x-partner-signature') ?? '';
  const raw = await c.req.raw.clone().text();
  const key = await crypto.subtle.importKey('raw', encoder.encode(c.env.PARTNER_SIGNING_KEY), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const valid = /^[0-9a-f]{64}$/.test(signature) && (await crypto.subtle.verify('HMAC', key, fromHex(signature), encoder.encode(raw)));
  if (!valid) return c.json({ error: 'invalid signature' }, 401);
  await next();
});
