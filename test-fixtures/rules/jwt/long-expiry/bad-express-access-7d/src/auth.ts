import jwt from 'jsonwebtoken';

export function tokens(userId: string) {
  const accessToken = jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { expiresIn: '7d' }); // expect: jwt/long-expiry
  const refreshToken = jwt.sign({ sub: userId }, process.env.JWT_REFRESH_SECRET!, { expiresIn: '90d' }); // expect: jwt/long-expiry
  return { accessToken, refreshToken };
}
