import { Request, Response, NextFunction } from 'express';

export interface TenantRequest extends Request {
  tenantId?: string;
}

export function tenantScope(req: TenantRequest, res: Response, next: NextFunction) {
  const id = req.header('x-tenant');
  if (!id) {
    res.status(400).json({ error: 'tenant header required' });
    return;
  }
  req.tenantId = id;
  next();
}
