const encoder = new TextEncoder();

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function signRequest(secret: string, method: string, path: string, stamp: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(`${method}\n${path}\n${stamp}`)));
}

export function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export async function verifyServiceSignature(params: { secret: string; method: string; path: string; stamp: string; signature: string }): Promise<boolean> {
  const expected = await signRequest(params.secret, params.method, params.path, params.stamp);
  return sameText(expected, params.signature.trim().toLowerCase());
}
