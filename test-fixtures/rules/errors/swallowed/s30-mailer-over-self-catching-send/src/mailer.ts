import { Resend } from 'resend';

const APP_URL = process.env.APP_URL || 'http://localhost:5173';

const button = (label: string, href: string) => `<a href="${href}" style="padding:8px 16px">${label}</a>`;

export class Mailer {
  private client: Resend | null = process.env.RESEND_KEY ? new Resend(process.env.RESEND_KEY) : null;

  // every mail goes through here: a provider failure is logged and the caller goes on
  private async deliver(to: string, subject: string, html: string): Promise<void> {
    if (!this.client) {
      console.log(`mail to ${to} skipped: no provider`);
      return;
    }
    try {
      await this.client.emails.send({ from: 'desk@example.com', to, subject, html });
    } catch (err) {
      console.error(`mail "${subject}" to ${to} failed`, err);
    }
  }

  async sendSignInLink(to: string, link: string): Promise<void> {
    const html = `<p>Sign in with the button below.</p>${button('Sign in', link)}`;
    await this.deliver(to, 'Your sign-in link', html);
  }

  // a receipt sent straight through the provider, its failure left to the caller
  async sendReceipt(to: string, total: number): Promise<void> {
    if (!this.client) return;
    await this.client.emails.send({ from: 'desk@example.com', to, subject: 'Receipt', html: `<p>Total ${total}</p>${button('Orders', `${APP_URL}/orders`)}` });
  }
}

export const mailer = new Mailer();
