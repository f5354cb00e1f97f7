import express, { Request, Response, NextFunction } from 'express';
import helmet from 'helmet';
import compression from 'compression';

const app = express();
const production = process.env.NODE_ENV === 'production';

// the dev server's hot-reload socket shares this port: upgrade requests go straight through
const unlessUpgrade = (mw: any) => (req: Request, res: Response, next: NextFunction) => {
  if (req.headers.upgrade === 'websocket') return next();
  return mw(req, res, next);
};

app.use(
  unlessUpgrade(
    helmet({
      contentSecurityPolicy: production ? { directives: { defaultSrc: ["'self'"] } } : false,
      hsts: production ? { maxAge: 31536000 } : false,
    }),
  ),
);
app.use(unlessUpgrade(compression()));

app.get('/api/boards', (req: Request, res: Response) => {
  res.json([]);
});

app.listen(Number(process.env.PORT) || 5000);
