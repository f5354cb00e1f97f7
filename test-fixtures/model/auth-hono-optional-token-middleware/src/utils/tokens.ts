import jwt from 'jsonwebtoken';

export const verifyAccessToken = async (token: string) => {
  try {
    return jwt.verify(token, process.env.JWT_PUBLIC_KEY as string) as { uid: string }; // expect: config/env-undocumented
  } catch {
    return null;
  }
};
