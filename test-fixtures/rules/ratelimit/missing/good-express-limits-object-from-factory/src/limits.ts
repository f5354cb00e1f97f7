import rateLimit from 'express-rate-limit';
import type { Request, Response, NextFunction } from 'express';

// one place that sizes every limiter from the environment
export function makeLimits(env: { API_PER_MINUTE: number; LOGIN_PER_HOUR: number }) {
  const api = rateLimit({ windowMs: 60_000, limit: env.API_PER_MINUTE });
  const login = rateLimit({ windowMs: 60 * 60_000, limit: env.LOGIN_PER_HOUR });
  return {
    api,
    login: (req: Request, res: Response, next: NextFunction) => login(req, res, next),
  };
}
