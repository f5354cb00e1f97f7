import { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

const auth = (...roles: string[]) => (req: Request, res: Response, next: NextFunction) => {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  try {
    const claims = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as { sub: string; role: string }; // expect: config/env-undocumented
    if (roles.length && !roles.includes(claims.role)) return res.status(403).json({ error: 'forbidden' });
    (req as any).user = claims;
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
};

export default auth;
