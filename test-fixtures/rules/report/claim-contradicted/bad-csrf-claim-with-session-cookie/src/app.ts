import express from 'express';
import session from 'express-session';

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true, sameSite: 'none' } }));

function signedIn(req: express.Request, res: express.Response, next: express.NextFunction) {
  if (!(req.session as any).userId) return res.status(401).end();
  next();
}

app.post('/posts', signedIn, (req, res) => {
  res.status(201).json({ by: (req.session as any).userId, text: String(req.body.text).slice(0, 500) });
});

app.listen(3000);
