import 'dotenv/config';
import pino from 'pino';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  DATABASE_URL: z.string().url(),
  JWT_SECRET: z.string().min(32),
  CORS_ORIGINS: z.string().min(1),
});

export const config = envSchema.parse(process.env);

export const logger = pino({ level: config.LOG_LEVEL, redact: ['req.headers.authorization', 'password', '*.password'] });
