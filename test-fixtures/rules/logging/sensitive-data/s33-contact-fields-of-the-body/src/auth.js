import jwt from 'jsonwebtoken';

export function requireAdmin(req, res, next) {
  const header = req.headers.authorization || '';
  try {
    const claims = jwt.verify(header.replace(/^Bearer /, ''), process.env.JWT_SECRET);
    if (claims.role !== 'admin') return res.status(403).end();
    req.user = claims;
    next();
  } catch {
    res.status(401).end();
  }
}
