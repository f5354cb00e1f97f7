import { Request, Response, NextFunction } from 'express';

export const SERVICE_KEY_HEADER = 'X-Service-Key';

function configuredKeys(): Set<string> {
  return new Set((process.env.DISPATCH_KEYS || '').split(',').map((k) => k.trim()).filter((k) => k.length > 0)); // expect: config/env-undocumented
}

export function isKnownKey(key: string | undefined): boolean {
  if (!key || key.trim().length === 0) return false;
  const keys = configuredKeys();
  if (keys.size === 0) return false;
  return keys.has(key.trim());
}

// machine callers send one of the configured keys
export function serviceKeyAuth(req: Request, res: Response, next: NextFunction): void {
  const key = req.headers[SERVICE_KEY_HEADER.toLowerCase()] as string | undefined;
  if (!key) {
    res.status(401).json({ error: 'missing service key' });
    return;
  }
  if (!isKnownKey(key)) {
    res.status(401).json({ error: 'invalid service key' });
    return;
  }
  next();
}
