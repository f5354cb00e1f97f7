import { Injectable } from '@nestjs/common';
import { MailService } from './mail.service';

@Injectable()
export class LegacyAuthService {
  constructor(private readonly mail: MailService) {}

  async register(email: string) {
    await this.mail.sendVerification(email);
    return { email };
  }
}
