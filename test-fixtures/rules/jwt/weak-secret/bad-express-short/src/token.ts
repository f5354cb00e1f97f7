import jwt from 'jsonwebtoken';

export function issue(userId: string) {
  return jwt.sign({ sub: userId }, process.env.JWT_SECRET ?? 'secret123', { expiresIn: '15m' }); // expect: jwt/weak-secret
}
