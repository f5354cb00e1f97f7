import jwt from 'jsonwebtoken';
export function needUser(req: any, res: any, next: any) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET!);
    next();
  } catch {
    res.status(401).json({ error: 'sign in first' });
  }
}
