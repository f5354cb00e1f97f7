import bcrypt from 'bcrypt';
import { randomUUID } from 'node:crypto';

const accounts = new Map<string, { id: string; hash: string }>();

export async function createAccount(email: string, password: string) {
  const id = randomUUID();
  accounts.set(email, { id, hash: await bcrypt.hash(password, 12) });
  return id;
}

export async function checkPassword(email: string, password: string) {
  const account = accounts.get(email);
  return account && (await bcrypt.compare(password, account.hash)) ? account.id : null;
}

export async function sendResetMail(email: string) {
  return accounts.has(email);
}
