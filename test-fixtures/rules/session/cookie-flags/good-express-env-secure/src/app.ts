import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import jwt from 'jsonwebtoken';
import { env } from './env';
import { redis } from './redis';

const isProd = process.env.NODE_ENV === 'production';
const cookieOptions = {
  httpOnly: true,
  secure: isProd,
  sameSite: 'lax' as const,
  maxAge: 15 * 60 * 1000,
};

const app = express();
app.set('trust proxy', 1);
app.use(session({
  store: new RedisStore({ client: redis }),
  secret: env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: 'auto', sameSite: 'strict', maxAge: 8 * 3600 * 1000 },
}));

app.post('/token', (req, res) => {
  const token = jwt.sign({ sub: req.session.userId }, env.JWT_SECRET, { expiresIn: '15m' });
  res.cookie('access_token', token, cookieOptions);
  res.cookie('refresh_token', jwt.sign({ sub: req.session.userId }, env.REFRESH_SECRET, { expiresIn: '7d' }), {
    ...cookieOptions,
    path: '/auth/refresh',
  });
  // readable by the SPA on purpose: the double-submit CSRF token
  res.cookie('XSRF-TOKEN', req.session.csrf, { sameSite: 'strict', secure: isProd });
  res.json({ ok: true });
});

app.listen(3000);
