import type { NextFunction, Request, Response } from 'express';

export function errorHandler(err: any, req: Request, res: Response, next: NextFunction) {
  console.error(err);
  const status = err.status ?? 500;
  res.status(status).json({ error: status < 500 ? err.message : 'Internal Server Error' });
}
