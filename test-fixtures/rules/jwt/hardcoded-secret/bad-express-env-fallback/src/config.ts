export const config = {
  jwtSecret: process.env.JWT_SECRET || 'dev-only-secret-change-me', // expect: jwt/hardcoded-secret
  port: Number(process.env.PORT ?? 3000),
};
