import jwt from 'jsonwebtoken';
import type { Request } from 'express';
import { config } from './config';

export type Context = { user: { id: string; role: string } | null };

export async function buildContext({ req }: { req: Request }): Promise<Context> {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return { user: null };
  try {
    const payload = jwt.verify(token, config.JWT_SECRET, { algorithms: ['HS256'] }) as { sub: string; role: string };
    return { user: { id: payload.sub, role: payload.role } };
  } catch {
    return { user: null };
  }
}
