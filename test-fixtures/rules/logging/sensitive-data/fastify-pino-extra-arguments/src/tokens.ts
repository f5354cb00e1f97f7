import { randomBytes } from 'node:crypto';

export function issueRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}
