import jwt from 'jsonwebtoken';
import { Strategy, ExtractJwt } from 'passport-jwt';

// passport itself is never imported here: passport-jwt builds on it
export const strategy = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET! }, (p, done) => done(null, p));

export function authenticate(req: any, res: any, next: any) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET!);
    next();
  } catch {
    res.status(401).end();
  }
}
