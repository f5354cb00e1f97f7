import { SignJWT } from 'jose';

const SHORT = '15m';
const LONG = '7d';

export async function mint(userId: string, secret: string, kind: 'access' | 'refresh' = 'access'): Promise<string> {
  const lifetime = kind === 'access' ? SHORT : LONG;
  return new SignJWT({ userId, kind })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime(lifetime)
    .sign(new TextEncoder().encode(secret));
}

export async function mintBoth(userId: string, secret: string) {
  const [a, b] = await Promise.all([
    mint(userId, secret, 'access'),
    mint(userId, secret, 'refresh'),
  ]);
  return { a, b };
}
