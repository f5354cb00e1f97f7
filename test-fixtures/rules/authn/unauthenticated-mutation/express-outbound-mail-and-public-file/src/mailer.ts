import nodemailer from 'nodemailer';

export class Mailer {
  private transporter;

  constructor() {
    this.transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587 });
  }

  async sendReceipt(to: string) {
    await this.transporter.sendMail({ from: 'desk@example.com', to, subject: 'Your visit', text: 'Thank you for visiting.' });
  }
}
