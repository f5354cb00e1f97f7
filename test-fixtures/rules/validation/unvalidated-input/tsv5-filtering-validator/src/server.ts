import express, { Request, Response } from 'express';
import session from 'express-session';
import { safeReturnPath, tidyPath } from './paths';

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));

app.get('/login', (req: Request, res: Response) => {
  const next = safeReturnPath(req.query.next as string) || '/';
  (req.session as any).returnTo = next;
  res.redirect('/sso/start');
});

app.get('/logout', (req: Request, res: Response) => {
  const next = tidyPath(req.query.next as string) || '/'; // expect: validation/unvalidated-input
  req.session.destroy(() => res.redirect(next));
});

app.listen(3000);
