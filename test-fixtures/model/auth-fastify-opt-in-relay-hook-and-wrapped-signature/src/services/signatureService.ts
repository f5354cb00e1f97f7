import { createHmac, timingSafeEqual } from 'crypto';

export interface SignedHeaders {
  'x-signature'?: string;
  'x-timestamp'?: string;
}

export interface SignatureResult {
  valid: boolean;
  stale: boolean;
}

export class SignatureService {
  private static shared: SignatureService | undefined;
  private readonly secret = process.env.SIGNING_SECRET ?? '';
  private readonly toleranceSeconds = 300;

  static getInstance(): SignatureService {
    if (!SignatureService.shared) SignatureService.shared = new SignatureService();
    return SignatureService.shared;
  }

  async validate(payload: string, headers: SignedHeaders, method: string, url: string): Promise<SignatureResult> {
    const stamp = this.readStamp(headers['x-timestamp']);
    if (stamp === null) return { valid: false, stale: true };
    const compared = this.compare(`${stamp}.${method}.${url}.${payload}`, headers['x-signature'] ?? '');
    return { valid: compared.valid, stale: false };
  }

  private readStamp(raw: string | undefined): number | null {
    const stamp = Number(raw);
    if (!Number.isFinite(stamp)) return null;
    return Math.abs(Date.now() / 1000 - stamp) > this.toleranceSeconds ? null : stamp;
  }

  private compare(canonical: string, sent: string): { valid: boolean } {
    try {
      const expected = createHmac('sha256', this.secret).update(canonical).digest('hex');
      const valid = expected.length === sent.length && timingSafeEqual(Buffer.from(expected), Buffer.from(sent));
      return { valid };
    } catch {
      return { valid: false };
    }
  }
}
