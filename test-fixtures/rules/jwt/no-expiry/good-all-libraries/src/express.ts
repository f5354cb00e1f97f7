import jwt from 'jsonwebtoken';
import { SignJWT } from 'jose';

export function access(userId: string) {
  return jwt.sign({ sub: userId }, process.env.JWT_SECRET as string, { expiresIn: '15m' });
}

export async function joseAccess(userId: string, key: Uint8Array) {
  return new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('15m').sign(key);
}

export function verifyEmailLink(email: string) {
  return jwt.sign({ email, purpose: 'verify-email' }, process.env.EMAIL_SECRET as string);
}
