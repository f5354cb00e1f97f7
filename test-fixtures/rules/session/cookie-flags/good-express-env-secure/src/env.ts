import { cleanEnv, str } from 'envalid';
export const env = cleanEnv(process.env, { SESSION_SECRET: str(), JWT_SECRET: str(), REFRESH_SECRET: str() });
