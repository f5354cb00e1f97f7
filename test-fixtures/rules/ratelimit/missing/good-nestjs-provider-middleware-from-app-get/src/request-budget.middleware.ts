import { HttpException, HttpStatus, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

// at most 120 requests a minute per client address, counted in memory
@Injectable()
export class RequestBudget implements NestMiddleware {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  use(req: Request, res: Response, next: NextFunction): void {
    const key = req.ip ?? 'unknown';
    const now = Date.now();
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt < now) {
      this.hits.set(key, { count: 1, resetAt: now + 60_000 });
      return next();
    }
    entry.count += 1;
    if (entry.count > 120) {
      res.setHeader('Retry-After', Math.ceil((entry.resetAt - now) / 1000));
      throw new HttpException('Too many requests', HttpStatus.TOO_MANY_REQUESTS);
    }
    next();
  }
}
