import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';

function checkSignature(token: string) {
  return jwt.verify(token, process.env.SESSION_KEY as string);
}

function decodeSession(token: string) {
  return checkSignature(token);
}

export function verifySession(token: string) {
  return decodeSession(token);
}

function readBearer(header: string | undefined) {
  return verifySession(String(header).replace('Bearer ', ''));
}

// four calls down to the signature check: past what the analysis follows from here
export function requireUser(req: Request, res: Response, next: NextFunction) {
  const claims = readBearer(req.headers.authorization);
  if (!claims) return res.status(401).json({ error: 'unauthenticated' });
  (req as any).user = claims;
  next();
}

// two calls down to the same check
export function requireUserShallow(req: Request, res: Response, next: NextFunction) {
  const claims = verifySession(String(req.headers.authorization));
  if (!claims) return res.status(401).json({ error: 'unauthenticated' });
  (req as any).user = claims;
  next();
}
