import { createHmac, timingSafeEqual } from 'node:crypto';

export function verifyForgeSignature(payload: string, secret: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = createHmac('sha256', secret).update(payload).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

// the raw payload is checked against the shared secret before it is parsed
export async function receiveForgeEvent(hookId: string, payload: string, header: string | undefined) {
  const secret = process.env.FORGE_WEBHOOK_SECRET ?? '';
  if (!verifyForgeSignature(payload, secret, header)) {
    return { ok: false, error: 'bad signature' };
  }
  const event = JSON.parse(payload);
  console.log('forge event', hookId, event.action);
  return { ok: true };
}

// parsed and used with no check of who sent it
export async function receiveUnsigned(payload: string) {
  const event = JSON.parse(payload);
  await fetch(event.callbackUrl, { method: 'POST' });
  return { ok: true };
}
