import { createCipheriv } from 'node:crypto';

// builds a ciphertext in the legacy partner format the importer must reject
export function legacyFixture(text: string): string {
  const c = createCipheriv('des-ede3-cbc', Buffer.alloc(24, 1), Buffer.alloc(8));
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}
