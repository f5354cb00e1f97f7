import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { Context, createCallerFactory } from '../../trpc/index';
import { appRouter } from '../../trpc/routers/app';

const createCaller = createCallerFactory(appRouter);

// every REST route runs the same procedures the web client calls, through a server-side caller
export const withApi = createMiddleware<{ Variables: { ctx: Context; api: ReturnType<typeof createCaller> } }>(async (c, next) => {
  if (!c.var.ctx?.user) {
    throw new HTTPException(401, { message: 'Unauthorized' });
  }
  c.set('api', createCaller(c.get('ctx')));
  await next();
});
