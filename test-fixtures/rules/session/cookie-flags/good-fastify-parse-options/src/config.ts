export const config = {
  cookieSecret: process.env.COOKIE_SECRET!,
  production: process.env.NODE_ENV === 'production',
};
