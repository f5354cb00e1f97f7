export default {
  jwt: {
    secret: process.env.JWT_SECRET as string,
    accessTtl: process.env.JWT_ACCESS_TTL || '1d', // expect: jwt/long-expiry
  },
};
