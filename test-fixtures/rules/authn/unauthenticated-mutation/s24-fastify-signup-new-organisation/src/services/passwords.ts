import bcrypt from 'bcrypt';

export async function hashSecret(password: string): Promise<string> {
  return bcrypt.hash(password, 12);
}
