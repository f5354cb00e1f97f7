import type { Context, Next } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { jwtVerify } from 'jose';

const key = new TextEncoder().encode(process.env.SESSION_KEY);

export const sessionMiddleware = () => async (c: Context, next: Next) => {
  const header = c.req.header('Authorization');
  if (!header?.startsWith('Bearer ')) throw new HTTPException(401, { message: 'sign in first' });
  const { payload } = await jwtVerify(header.slice(7), key, { algorithms: ['HS256'] });
  c.set('userId', payload.sub);
  await next();
};
