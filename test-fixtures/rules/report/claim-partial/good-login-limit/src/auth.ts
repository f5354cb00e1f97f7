import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';

const users = new Map<string, string>();

export async function login(email: string, password: string) {
  const hash = users.get(email) ?? '';
  const ok = await bcrypt.compare(password, hash);
  if (!ok) throw new Error('invalid credentials');
  return { token: jwt.sign({ sub: email }, process.env.JWT_SECRET!, { expiresIn: '15m' }) };
}
