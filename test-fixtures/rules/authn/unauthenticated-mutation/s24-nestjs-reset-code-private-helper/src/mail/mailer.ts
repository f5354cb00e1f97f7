import { Injectable } from '@nestjs/common';

@Injectable()
export class Mailer {
  async sendResetCode(to: string, body: { code: string; minutes: number }) {
    await fetch(process.env.MAIL_API_URL as string, { method: 'POST', body: JSON.stringify({ to, ...body }) });
  }

  async sendWelcomeCode(to: string, code: string) {
    await fetch(process.env.MAIL_API_URL as string, { method: 'POST', body: JSON.stringify({ to, code }) });
  }
}
