import { Middleware, type ExpressMiddlewareInterface } from 'routing-controllers';
import type { NextFunction, Request, Response } from 'express';

@Middleware({ type: 'before' })
export class AccessLog implements ExpressMiddlewareInterface {
  use(req: Request, _res: Response, next: NextFunction) {
    console.info(req.method, req.url); // expect: logging/console-in-server
    next();
  }
}
