import { Hono } from 'hono';
import { decode } from 'hono/jwt';

const app = new Hono();
app.use('/api/*', async (c, next) => {
  const { payload } = decode(c.req.header('Authorization')!.slice(7)); // expect: jwt/decode-as-verify
  c.set('user', payload);
  await next();
});
export default app;
