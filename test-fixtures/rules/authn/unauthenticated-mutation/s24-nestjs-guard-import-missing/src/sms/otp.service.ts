import { Injectable } from '@nestjs/common';

@Injectable()
export class OtpService {
  private readonly pending = new Map<string, string>();

  store(phone: string) {
    this.pending.set(phone, String(Date.now()));
    return { queued: true };
  }

  purge() {
    this.pending.clear();
    return { ok: true };
  }
}
