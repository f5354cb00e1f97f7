import { Injectable } from '@nestjs/common';

@Injectable()
export class SyncConfig {
  operatorKey(): string {
    return process.env.SYNC_OPERATOR_KEY ?? '';
  }

  callbackSecret(): string | undefined {
    return process.env.SYNC_CALLBACK_SECRET;
  }
}
