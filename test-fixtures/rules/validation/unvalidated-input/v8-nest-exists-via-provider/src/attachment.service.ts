import { Injectable } from '@nestjs/common';
import { DiskStore } from './disk.store';
import { BucketStore } from './bucket.store';

@Injectable()
export class AttachmentService {
  constructor(
    private diskStore: DiskStore,
    private bucketStore: BucketStore,
  ) {}

  private store(): DiskStore | BucketStore {
    return process.env.USE_BUCKET === 'true' ? this.bucketStore : this.diskStore;
  }

  async discard(attachmentId: string) {
    const store = this.store();
    return store.discard(attachmentId);
  }

  async purge(attachmentId: string) {
    const store = this.store();
    return store.purge(attachmentId);
  }
}
