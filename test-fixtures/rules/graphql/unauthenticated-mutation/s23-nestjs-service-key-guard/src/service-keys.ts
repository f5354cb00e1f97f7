import { Injectable } from '@nestjs/common';
import { createHash } from 'crypto';

type KeyRow = { id: string; hash: string; active: boolean };
const rows: KeyRow[] = [];

@Injectable()
export class ServiceKeys {
  // keys are stored hashed; a match on the hash of what was presented lets the caller in
  async isValid(presented: string): Promise<boolean> {
    const hash = createHash('sha256').update(String(presented)).digest('hex');
    const row = rows.find((r) => r.hash === hash && r.active);
    return Boolean(row);
  }
}
