import { Request, Response, NextFunction } from 'express';

const requirePermission = (permission: string) => (req: Request, res: Response, next: NextFunction) => {
  const perms: string[] = (req as any).user?.permissions ?? [];
  if (!perms.includes(permission)) return res.status(403).json({ error: 'missing permission' });
  next();
};

export default requirePermission;
