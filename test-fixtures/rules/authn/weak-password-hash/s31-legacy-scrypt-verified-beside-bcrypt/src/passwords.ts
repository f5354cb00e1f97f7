import bcrypt from 'bcryptjs';
import crypto from 'crypto';
import { promisify } from 'util';

const scrypt = promisify(crypto.scrypt);

// new passwords: bcrypt, cost 12
export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 12);
}

// bcrypt hashes, and the salt:key scrypt hashes of accounts made before the switch
export async function comparePassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith('$2')) return bcrypt.compare(password, stored);
  const [salt, key] = stored.split(':');
  if (!salt || !key) return false;
  const derived = (await scrypt(password, salt, 64)) as Buffer;
  return crypto.timingSafeEqual(derived, Buffer.from(key, 'hex'));
}
