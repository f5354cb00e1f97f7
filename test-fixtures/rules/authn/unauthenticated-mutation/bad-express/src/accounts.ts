import bcrypt from 'bcrypt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mailer } from './mailer';

const accounts = new Map<string, { id: string; hash: string }>();
const resetTokens = new Map<string, { email: string; expires: number }>();

export async function createAccount(email: string, password: string) {
  const id = randomUUID();
  accounts.set(email, { id, hash: await bcrypt.hash(password, 12) });
  return id;
}

export async function checkPassword(email: string, password: string) {
  const account = accounts.get(email);
  return account && (await bcrypt.compare(password, account.hash)) ? account.id : null;
}

// The link is mailed to the address owner; only a hash of the token is kept.
export async function sendResetMail(email: string) {
  if (!accounts.has(email)) return;
  const token = randomBytes(32).toString('hex');
  resetTokens.set(createHash('sha256').update(token).digest('hex'), { email, expires: Date.now() + 15 * 60_000 });
  await mailer.sendMail({ to: email, subject: 'Reset your password', text: `https://app.example.com/reset?token=${token}` });
}
