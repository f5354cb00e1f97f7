import { Injectable, NestMiddleware, UnauthorizedException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

@Injectable()
export class StaffAuthMiddleware implements NestMiddleware {
  use(req: Request & { staff?: jwt.JwtPayload }, _res: Response, next: NextFunction) {
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    if (!token) throw new UnauthorizedException();
    req.staff = jwt.verify(token, process.env.STAFF_JWT_SECRET as string, { algorithms: ['RS256'] }) as jwt.JwtPayload; // expect: config/env-undocumented
    next();
  }
}
