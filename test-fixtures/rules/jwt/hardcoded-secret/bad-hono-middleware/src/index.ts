import { Hono } from 'hono';
import { jwt, sign } from 'hono/jwt';

const app = new Hono();
app.use('/api/*', jwt({ secret: 'it-is-very-secret', alg: 'HS256' })); // expect: jwt/hardcoded-secret
app.get('/api/me', (c) => c.json(c.get('jwtPayload')));

export default app;
