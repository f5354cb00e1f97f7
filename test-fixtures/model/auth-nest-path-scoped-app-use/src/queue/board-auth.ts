import type { NextFunction, Request, Response } from 'express';
import { JwtService } from '@nestjs/jwt';

// the queue dashboard is for admins: a bearer token with the admin role
export function createBoardAuth(jwt: JwtService) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) return res.status(401).json({ message: 'admin token required' });
    try {
      const claims = await jwt.verifyAsync<{ role: string }>(header.slice(7));
      if (claims.role !== 'admin') return res.status(403).json({ message: 'admins only' });
      return next();
    } catch {
      return res.status(401).json({ message: 'invalid token' });
    }
  };
}
