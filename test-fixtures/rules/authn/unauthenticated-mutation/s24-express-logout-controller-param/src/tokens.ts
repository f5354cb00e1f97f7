import { createHash } from 'node:crypto';
const revoked = new Set<string>();
export class TokenStore {
  async revoke(hash: string) { revoked.add(hash); }
}
export const digest = (t: string) => createHash('sha256').update(t).digest('hex');
