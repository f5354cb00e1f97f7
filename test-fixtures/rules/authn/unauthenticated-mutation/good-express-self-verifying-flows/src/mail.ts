import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import { User } from './models';

const transport = nodemailer.createTransport({ url: process.env.SMTP_URL });

export async function sendMagicLink(email: string) {
  const token = randomBytes(24).toString('base64url');
  await User.updateOne({ email }, { $set: { loginToken: token, loginTokenExpires: Date.now() + 600_000 } });
  await transport.sendMail({ to: email, subject: 'Your sign-in link', text: `https://news.example.com/login?token=${token}` });
}
