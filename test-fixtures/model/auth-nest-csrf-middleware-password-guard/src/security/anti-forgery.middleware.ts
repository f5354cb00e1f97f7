import { HttpException, HttpStatus, Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import * as crypto from 'crypto';

type SessionRequest = Request & { session?: { id: string }; user?: { id: string } };

// double-submit check on state-changing requests; reads only issue a token
@Injectable()
export class AntiForgeryMiddleware implements NestMiddleware {
  private readonly issued = new Map<string, string>();

  use(req: SessionRequest, res: Response, next: NextFunction): void {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
      const fresh = crypto.randomBytes(24).toString('hex');
      this.issued.set(this.bindingOf(req), fresh);
      res.setHeader('X-CSRF-Token', fresh);
      return next();
    }
    const sent = req.headers['x-csrf-token'] as string | undefined;
    if (!sent) {
      throw new HttpException('CSRF token missing', HttpStatus.FORBIDDEN);
    }
    if (this.issued.get(this.bindingOf(req)) !== sent) {
      throw new HttpException('CSRF token invalid', HttpStatus.FORBIDDEN);
    }
    next();
  }

  // the token is tied to the session when there is one, else to the signed-in user
  private bindingOf(req: SessionRequest): string {
    if (req.session?.id) return req.session.id;
    if (req.user?.id) return 'user:' + req.user.id;
    return 'anonymous';
  }
}
