import type { Context, Next } from 'hono';

// Logs a middleware's failure with its name, then lets the error travel on to the error handler.
export function withFailureLogging(name: string, middleware: (c: Context, next: Next) => Promise<void | Response>) {
  return async (c: Context, next: Next): Promise<void | Response> => {
    try {
      return await middleware(c, next);
    } catch (error) {
      console.error(`middleware ${name} failed`, error);
      throw error;
    }
  };
}

export function withAuthFailureLogging(middleware: (c: Context, next: Next) => Promise<void | Response>) {
  return withFailureLogging('auth', middleware);
}
