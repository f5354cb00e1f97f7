import jwt from 'jsonwebtoken';

export function issue(userId: string, options: jwt.SignOptions) {
  return jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { algorithm: 'HS256', expiresIn: '15m' });
}

export function issueWith(userId: string, options: jwt.SignOptions) {
  return jwt.sign({ sub: userId }, process.env.JWT_PRIVATE_KEY!, options);
}
