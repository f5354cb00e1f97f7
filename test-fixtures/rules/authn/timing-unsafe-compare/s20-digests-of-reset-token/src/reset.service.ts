import * as crypto from 'crypto';

type ResetStore = {
  getResetToken(userId: string): Promise<string | null>;
  setPassword(userId: string, password: string): Promise<void>;
};

export class ResetService {
  constructor(private readonly store: ResetStore) {}

  // the link's token is kept only as its SHA-256 digest: the digests are compared, and a guess cannot steer a digest's bytes
  async resetPassword(userId: string, token: string, password: string): Promise<void> {
    const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
    const storedHash = await this.store.getResetToken(userId);
    if (!storedHash || storedHash !== tokenHash) {
      throw new Error('Invalid or expired link');
    }
    await this.store.setPassword(userId, password);
  }
}
