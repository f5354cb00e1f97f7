import jwt from 'jsonwebtoken';

const ACCESS_TTL = '1h';
const REFRESH_TTL = '7d';

function secrets() {
  const signingKey = process.env.JWT_SECRET;
  const renewal = process.env.JWT_REFRESH_SECRET;
  if (!signingKey || !renewal) throw new Error('JWT_SECRET and JWT_REFRESH_SECRET are required');
  return { signingKey, renewal };
}

export function issuePair(userId: string) {
  const { signingKey, renewal } = secrets();
  const token = jwt.sign({ sub: userId }, signingKey, { expiresIn: process.env.JWT_EXPIRES_IN || ACCESS_TTL } as jwt.SignOptions);
  const refreshToken = jwt.sign({ sub: userId }, renewal, { expiresIn: process.env.JWT_REFRESH_EXPIRES_IN || REFRESH_TTL } as jwt.SignOptions);
  return { token, refreshToken };
}

export function refreshSession(presented: string) {
  const { signingKey, renewal } = secrets();
  const claims = jwt.verify(presented, renewal, { algorithms: ['HS256'] }) as { sub: string };
  const token = jwt.sign({ sub: claims.sub }, signingKey, { expiresIn: process.env.JWT_EXPIRES_IN || ACCESS_TTL } as jwt.SignOptions);
  const refreshToken = jwt.sign({ sub: claims.sub }, renewal, { expiresIn: process.env.JWT_REFRESH_EXPIRES_IN || REFRESH_TTL } as jwt.SignOptions);
  return { token, refreshToken };
}
