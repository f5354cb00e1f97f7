import jwt from 'jsonwebtoken';
export const jwtHandler = {
  async verifyToken(token: string) {
    return jwt.verify(token, process.env.JWT_SECRET!); // expect: config/env-undocumented
  },
};
