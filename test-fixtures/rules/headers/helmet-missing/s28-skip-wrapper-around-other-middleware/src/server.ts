import express, { Request, Response, NextFunction } from 'express';
import compression from 'compression';
import morgan from 'morgan';

const app = express(); // expect: headers/helmet-missing

const unlessUpgrade = (mw: any) => (req: Request, res: Response, next: NextFunction) => {
  if (req.headers.upgrade === 'websocket') return next();
  return mw(req, res, next);
};

// only compression and the access log pass through the wrapper: no header middleware at all
app.use(unlessUpgrade(compression()));
app.use(unlessUpgrade(morgan('combined')));

app.get('/api/boards', (req: Request, res: Response) => {
  res.json([]);
});

app.listen(Number(process.env.PORT) || 5000);
