import jwt from 'jsonwebtoken';

export const check = (token: string) =>
  jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'], clockTolerance: 3600 }); // expect: jwt/ignore-expiration
