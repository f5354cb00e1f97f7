import jwt from 'jsonwebtoken';

export function issue(userId: string) {
  // the value comes from the committed .env next to package.json
  return jwt.sign({ sub: userId }, process.env.JWT_SECRET as string, { expiresIn: '15m' });
}
