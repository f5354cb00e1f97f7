import { registerAs } from '@nestjs/config';

export default registerAs('jwt', () => ({
  // never used: the schema refuses to start without JWT_ACCESS_SECRET
  accessSecret: process.env.JWT_ACCESS_SECRET || 'access-dev-secret-replace-before-deploying',
  // the schema lets this one be missing, so the literal signs refresh tokens in such a deployment
  refreshSecret: process.env.JWT_REFRESH_SECRET || 'refresh-dev-secret-replace-before-deploying', // expect: jwt/hardcoded-secret
}));
