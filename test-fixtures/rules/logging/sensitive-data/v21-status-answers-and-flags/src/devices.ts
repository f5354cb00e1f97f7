const tokens = new Map<string, string>();

export class DeviceService {
  // answers whether the device was registered, never the token
  async registerDeviceToken(userId: string, token: string): Promise<{ ok: boolean; error?: string }> {
    if (token.length < 20) return { ok: false, error: 'token too short' };
    return this.store(userId, token);
  }

  private async store(userId: string, token: string): Promise<{ ok: boolean; error?: string }> {
    tokens.set(userId, token);
    return { ok: true };
  }

  // answers the token itself
  async issueDeviceToken(userId: string): Promise<{ token: string }> {
    const token = crypto.randomUUID();
    tokens.set(userId, token);
    return { token };
  }

  async createApiKey(userId: string) {
    const fullKey = `pk_${crypto.randomUUID().replace(/-/g, '')}`;
    return { fullKey, keyData: { userId, prefix: fullKey.slice(0, 8) } };
  }
}
