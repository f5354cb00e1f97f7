import jwt from 'jsonwebtoken';

export interface TokenPayload { userId: string; role: string }

export function verifyToken(token: string): TokenPayload {
  return jwt.verify(token, process.env.JWT_SECRET as string) as TokenPayload;
}
