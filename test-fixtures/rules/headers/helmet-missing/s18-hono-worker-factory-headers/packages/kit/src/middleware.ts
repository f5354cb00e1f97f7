import type { MiddlewareHandler } from 'hono';
import { responseHeaders } from '@shop/guard';

export function headersMiddleware(): MiddlewareHandler {
  return async (c, next) => {
    const environment = (c.env?.ENVIRONMENT || 'development') as string;
    const middleware = responseHeaders({ environment });
    return middleware(c, next);
  };
}

export function timingMiddleware(): MiddlewareHandler {
  return async (c, next) => {
    const started = Date.now();
    await next();
    c.header('Server-Timing', `app;dur=${Date.now() - started}`);
  };
}
