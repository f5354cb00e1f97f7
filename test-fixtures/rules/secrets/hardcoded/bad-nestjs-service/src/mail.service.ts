import { Injectable } from '@nestjs/common';
import sgMail from '@sendgrid/mail';
import OpenAI from 'openai';

const PAYMENT_API_TOKEN = '6fc961e6f0ac80e2f8aadc66273f05ce2145ae33fbe43c25'; // expect: secrets/hardcoded[warning]

@Injectable()
export class MailService {
  private readonly sendgridKey = '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'; // expect: secrets/hardcoded
  private readonly ai = new OpenAI({ apiKey: 'sk-proj-AJEfWuuHWoI2a0REIW67qYFtsh0GBdIQwfE0Scm2c4tFJMTUKorlh2oE' }); // expect: secrets/hardcoded
  private readonly smtp = { user: 'mailer', password: 'W0ggYyfrAZqlzk#7' }; // expect: secrets/hardcoded[warning]

  async send(to: string, subject: string) {
    sgMail.setApiKey(this.sendgridKey);
    const text = await this.ai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: subject }] });
    await fetch('https://pay.partner.example/v1/notify', { headers: { 'x-api-token': PAYMENT_API_TOKEN } });
    return sgMail.send({ to, from: 'noreply@notify.example', subject, text: text.choices[0].message.content ?? '' });
  }
}
