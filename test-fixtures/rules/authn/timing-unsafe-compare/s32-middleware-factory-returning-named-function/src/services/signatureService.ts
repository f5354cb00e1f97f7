import { createHmac } from 'crypto';

export class SignatureService {
  private static instance: SignatureService;

  static getInstance(): SignatureService {
    if (!SignatureService.instance) SignatureService.instance = new SignatureService();
    return SignatureService.instance;
  }

  async validateSignature(body: string, timestamp: string, signature: string): Promise<boolean> {
    if (!this.freshTimestamp(timestamp)) return false;
    return this.matches(body, timestamp, signature);
  }

  private freshTimestamp(timestamp: string): boolean {
    return Math.abs(Date.now() / 1000 - Number(timestamp)) < 120;
  }

  private matches(body: string, timestamp: string, signature: string): boolean {
    const expected = createHmac('sha256', process.env.SHARED_SECRET as string).update(timestamp + body).digest('hex');
    return signature === expected; // expect: authn/timing-unsafe-compare
  }
}
