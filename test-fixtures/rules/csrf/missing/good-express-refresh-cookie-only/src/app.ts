import express from 'express';
import cookieParser from 'cookie-parser';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());
app.use(cookieParser());

function requireAuth(req: express.Request, res: express.Response, next: express.NextFunction) {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return res.status(401).json({ error: 'unauthenticated' });
  try {
    (req as any).user = jwt.verify(header.slice(7), process.env.JWT_SECRET!, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'unauthenticated' });
  }
}

// the refresh token lives in a cookie scoped to this one route; the access token travels in a header
app.post('/auth/refresh', (req, res) => {
  const payload = jwt.verify(req.cookies.refresh_token, process.env.REFRESH_SECRET!, { algorithms: ['HS256'] }) as { sub: string };
  const refresh = jwt.sign({ sub: payload.sub }, process.env.REFRESH_SECRET!, { expiresIn: '7d' });
  res.cookie('refresh_token', refresh, { httpOnly: true, secure: true, path: '/auth/refresh' });
  res.json({ accessToken: jwt.sign({ sub: payload.sub }, process.env.JWT_SECRET!, { expiresIn: '15m' }) });
});
app.post('/api/orders', requireAuth, (req, res) => res.status(201).json({ owner: (req as any).user.sub }));
app.listen(3000);
