import jwt from 'jsonwebtoken';

export interface Claims { userId: number; sessionToken: string }

export function verifyToken(token: string): Claims | null {
  try {
    return jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as Claims;
  } catch {
    return null;
  }
}
