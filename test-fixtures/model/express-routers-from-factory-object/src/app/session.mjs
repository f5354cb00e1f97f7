import jwt from 'jsonwebtoken';

export function requireLogin(req, res, next) {
  const header = req.headers.authorization || '';
  try {
    req.user = jwt.verify(header.replace('Bearer ', ''), process.env.JWT_SECRET); // expect: config/env-undocumented
    return next();
  } catch {
    return res.status(401).json({ error: 'login required' });
  }
}
