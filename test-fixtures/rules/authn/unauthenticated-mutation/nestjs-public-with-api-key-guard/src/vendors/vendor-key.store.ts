import { Injectable } from '@nestjs/common';

@Injectable()
export class VendorKeyStore {
  private readonly byDigest = new Map<string, { id: string }>();

  async findByDigest(digest: string) {
    return this.byDigest.get(digest) ?? null;
  }
}
