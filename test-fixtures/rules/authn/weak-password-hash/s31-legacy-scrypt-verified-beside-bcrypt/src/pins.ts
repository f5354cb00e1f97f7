import crypto from 'crypto';
import { promisify } from 'util';

const scrypt = promisify(crypto.scrypt);

// a kiosk PIN-password hashed with Node's default scrypt cost and stored
export async function hashKioskPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16).toString('hex');
  const key = (await scrypt(password, salt, 64)) as Buffer; // expect: authn/weak-password-hash
  return `${salt}:${key.toString('hex')}`;
}
