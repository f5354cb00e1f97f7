import express from 'express';
import cookieParser from 'cookie-parser';
import jwt from 'jsonwebtoken';
import { sessionRoutes } from './routes';
import { SessionController } from './session.controller';
import { TokenStore } from './tokens';

const app = express();
app.use(express.json());
app.use(cookieParser());
const requireAuth = (req: express.Request, res: express.Response, next: express.NextFunction) => {
  try { jwt.verify(req.headers.authorization ?? '', process.env.JWT_SECRET as string); next(); } catch { res.status(401).end(); }
};
const notes: string[] = [];
app.post('/api/notes', requireAuth, (req, res) => { notes.push(req.body.text); res.status(201).end(); });
const controller = new SessionController(new TokenStore());
app.use('/api/session', sessionRoutes(controller));
app.listen(3000);
