import 'dotenv/config';

// the service refuses to start without these
const REQUIRED = ['DATABASE_URL', 'SESSION_SIGNING_KEY', 'CORS_ORIGIN'] as const;

const missing = REQUIRED.filter((name) => !process.env[name]);
if (missing.length > 0) {
  throw new Error(`Missing environment variables: ${missing.join(', ')}`);
}

export const config = Object.freeze({
  databaseUrl: process.env.DATABASE_URL as string,
  signingKey: process.env.SESSION_SIGNING_KEY as string,
  corsOrigin: process.env.CORS_ORIGIN as string,
  port: Number(process.env.PORT ?? 3000),
});
