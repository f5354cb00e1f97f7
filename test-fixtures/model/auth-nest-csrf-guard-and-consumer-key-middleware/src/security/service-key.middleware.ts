import { Injectable, NestMiddleware, UnauthorizedException } from '@nestjs/common';
import { Request, Response, NextFunction } from 'express';

// the school's main backend calls the billing API with its key
@Injectable()
export class ServiceKeyMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction) {
    const key = this.extractKey(req);
    if (!key) throw new UnauthorizedException('key required');
    if (!this.isValid(key)) throw new UnauthorizedException('invalid key');
    next();
  }

  private extractKey(req: Request): string | null {
    const header = req.headers.authorization;
    if (!header) return null;
    const parts = header.split(' ');
    if (parts.length !== 2 || parts[0] !== 'Bearer') return null;
    return parts[1];
  }

  private isValid(key: string): boolean {
    const expected = process.env.BILLING_API_KEY; // expect: config/env-undocumented
    return !!expected && key === expected; // expect: authn/timing-unsafe-compare
  }
}
