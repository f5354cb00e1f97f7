export const config = {
  mongoUrl: process.env.MONGO_URL ?? 'mongodb://localhost:27017/app',
  session: {
    secret: 'b5f1c9e2d8a04c7fa3e6', // expect: session/insecure-config
    maxAgeMs: 1000 * 60 * 60 * 24,
  },
};
