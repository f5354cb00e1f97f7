import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';

@Injectable()
export class ServerKeys {
  private readonly digests = new Set<string>((process.env.SERVER_KEY_DIGESTS ?? '').split(','));

  async known(key: string) {
    return this.digests.has(createHash('sha256').update(key).digest('hex'));
  }
}
