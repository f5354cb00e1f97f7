import { Injectable, Logger } from '@nestjs/common';
import * as crypto from 'crypto';

@Injectable()
export class TransferService {
  private readonly log = new Logger('transfer');
  private rows = new Map<string, any>();

  async applyEvent(event: any, signature: string): Promise<boolean> {
    try {
      if (!this.signedBySender(JSON.stringify(event), signature)) {
        this.log.error('bad signature');
        return false;
      }
      const row = this.rows.get(event.transferRef);
      if (!row) return false;
      row.state = event.state;
      return true;
    } catch (e) {
      this.log.error('apply failed', e);
      return false;
    }
  }

  private signedBySender(body: string, signature: string): boolean {
    try {
      const secret = process.env.TRANSFER_SECRET;
      if (!secret) return false;
      const expected = crypto.createHmac('sha256', secret).update(body).digest('hex');
      return crypto.timingSafeEqual(Buffer.from(signature, 'hex'), Buffer.from(expected, 'hex'));
    } catch {
      return false;
    }
  }
}
