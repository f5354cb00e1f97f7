import { Injectable } from '@nestjs/common';
import { createHash } from 'crypto';

@Injectable()
export class PartnerCallbacks {
  private readonly sharedKey = process.env.PARTNER_SHARED_KEY ?? '';

  signature(body: string): string {
    return createHash('md5').update(body + this.sharedKey).digest('hex'); // expect: crypto/weak-cipher
  }
}
