import type { Request } from 'express';
import jwt from 'jsonwebtoken';

export async function expressAuthentication(req: Request, _name: string, _scopes?: string[]) {
  const bearer = String(req.headers.authorization ?? '').replace('Bearer ', '');
  return jwt.verify(bearer, process.env.JWT_SECRET ?? '');
}
