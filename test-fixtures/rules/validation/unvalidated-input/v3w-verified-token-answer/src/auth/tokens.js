import jwt from 'jsonwebtoken';

// checks the signature and the claims; throws on anything else
export function verifyToken({ token }) {
  if (!token) return undefined;
  const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
  if (!claims.sub || !claims.kind) throw new Error('malformed token');
  return { sub: Number(claims.sub), kind: claims.kind };
}

export function issue(userId, kind) {
  return jwt.sign({ sub: String(userId), kind }, process.env.JWT_PRIVATE_KEY, { algorithm: 'RS256', expiresIn: kind === 'refresh' ? '30d' : '15m' });
}

// a new refresh token for the holder of a valid one
export function rotateRefresh(oldToken) {
  const claims = verifyToken({ token: oldToken });
  if (!claims || claims.kind !== 'refresh') throw new Error('not a refresh token');
  return issue(claims.sub, 'refresh');
}
