import type { NextFunction, Request, Response } from 'express';
import { db } from './db';

// Middleware: the installer stays open only until the first administrator exists.
export async function untilInstalled(_req: Request, res: Response, next: NextFunction) {
  const admins = await db.member.count({ where: { role: 'admin' } });
  if (admins !== 0) return res.status(403).json({ error: 'installed' });
  next();
}
