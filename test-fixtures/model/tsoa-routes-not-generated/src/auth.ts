import type { Request } from 'express';

export async function expressAuthentication(req: Request, _name: string) {
  if (!req.headers.authorization) throw new Error('unauthenticated');
  return { id: 'someone' };
}
