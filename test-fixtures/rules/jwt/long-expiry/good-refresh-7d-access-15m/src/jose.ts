import { SignJWT } from 'jose';

export const shortLived = (sub: string, key: Uint8Array) =>
  new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('10m').sign(key);
