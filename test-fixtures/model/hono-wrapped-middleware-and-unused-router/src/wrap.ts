import type { MiddlewareHandler } from 'hono';

// only narrows the type for the app's bindings: the middleware handed in is the one that runs
export const wrap = (middleware: MiddlewareHandler) => middleware as MiddlewareHandler;
