import type { Request } from 'express';
import jwt from 'jsonwebtoken';

export async function expressAuthentication(req: Request, _name: string, _scopes?: string[]) {
  const token = String(req.headers.authorization ?? '').replace('Bearer ', '');
  return jwt.verify(token, process.env.JWT_SECRET ?? ''); // expect: config/env-undocumented
}
