import { randomBytes } from 'node:crypto';
export async function createSession(email: string, password: string): Promise<string | null> {
  if (!email || !password) return null;
  return randomBytes(32).toString('hex');
}
