import { Injectable } from '@nestjs/common';

@Injectable()
export class MailService {
  async sendVerification(to: string) {
    console.log('sending verification mail to', to);
    return true;
  }
}
