import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';

export function requireStaff(req: Request, res: Response, next: NextFunction) {
  try {
    (req as any).staff = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET!);
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}
