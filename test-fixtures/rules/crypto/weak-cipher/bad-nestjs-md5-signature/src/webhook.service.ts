import { Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash } from 'crypto';

@Injectable()
export class WebhookService {
  private readonly secret = process.env.PARTNER_WEBHOOK_SECRET ?? '';

  signPayload(body: string): string {
    return createHash('md5').update(this.secret + body).digest('hex'); // expect: crypto/weak-cipher
  }

  verify(body: string, signature: string): void {
    const expected = createHash('sha1') // expect: crypto/weak-cipher
      .update(body + this.secret)
      .digest('hex');
    if (expected !== signature) throw new UnauthorizedException();
  }
}
