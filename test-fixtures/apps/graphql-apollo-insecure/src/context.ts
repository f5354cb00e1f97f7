import jwt from 'jsonwebtoken';
import type { Request } from 'express';

export type Context = { user: { id: string; role: string } | null };

export async function buildContext({ req }: { req: Request }): Promise<Context> {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return { user: null };
  try {
    const payload = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as { sub: string; role: string }; // expect: config/env-undocumented
    return { user: { id: payload.sub, role: payload.role } };
  } catch {
    return { user: null };
  }
}
