import { Injectable, Logger } from '@nestjs/common';
import * as crypto from 'crypto';
import { TransferService } from './transfer.service';

@Injectable()
export class PayService {
  private readonly log = new Logger('pay');
  private rows = new Map<string, any>();
  constructor(private readonly transfers: TransferService) {}

  async onTransferEvent(event: any, signature: string) {
    try {
      const ok = await this.transfers.applyEvent(event, signature);
      return { ok };
    } catch (e) {
      this.log.error('transfer event failed', e);
      return { ok: false };
    }
  }

  async onCardEvent(event: any, signature?: string) {
    if (signature && !this.matches(JSON.stringify(event), signature)) {
      return { ok: false };
    }
    this.rows.set(event.cardRef, event);
    return { ok: true };
  }

  matches(body: string, signature: string): boolean {
    const mac = crypto.createHmac('sha256', process.env.CARD_SECRET || '').update(body).digest('hex');
    return crypto.timingSafeEqual(Buffer.from(signature, 'hex'), Buffer.from(mac, 'hex'));
  }
}
