import { Hono } from 'hono';
import { jwt } from 'hono/jwt';

type Bindings = { JWT_SECRET: string };
const app = new Hono<{ Bindings: Bindings }>();
app.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: 'HS256' })(c, next));
app.get('/api/me', (c) => c.json(c.get('jwtPayload')));

export default app;
