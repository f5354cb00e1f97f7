import jwt from 'jsonwebtoken';

export function issue(userId: string) {
  return jwt.sign({ sub: userId }, process.env.JWT_SECRET ?? 'secret123', { expiresIn: '15m' }); // expect: jwt/hardcoded-secret (with the weakness as its second reason; not reported twice)
}
