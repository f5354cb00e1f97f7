import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';

const members = new Map<string, string>();
export const visits: { member: string; at: number }[] = [];

export async function signIn(email: string, password: string) {
  const hash = members.get(email) ?? '';
  if (!(await bcrypt.compare(password, hash))) throw new Error('invalid credentials');
  return { token: jwt.sign({ sub: email }, process.env.JWT_SECRET!, { expiresIn: '15m' }) };
}

export function requireMember(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
  try {
    res.locals.member = (jwt.verify(token, process.env.JWT_SECRET!) as { sub: string }).sub;
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}
