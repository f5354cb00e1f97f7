import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  DATABASE_URL: z.string().url(),
  JWT_PRIVATE_KEY: z.string().min(1),
  JWT_PUBLIC_KEY: z.string().min(1),
  JWT_ISSUER: z.string().min(1).default('notes-api'),
});

const parsed = envSchema.safeParse(process.env);

if (!parsed.success) {
  // The logger is configured from this module, so report straight to stderr and stop.
  process.stderr.write(`Invalid environment: ${JSON.stringify(parsed.error.flatten().fieldErrors)}\n`);
  process.exit(1);
}

export const config = {
  ...parsed.data,
  // PEM keys are kept on one line in the environment, with "\n" escapes.
  JWT_PRIVATE_KEY: parsed.data.JWT_PRIVATE_KEY.replace(/\\n/g, '\n'),
  JWT_PUBLIC_KEY: parsed.data.JWT_PUBLIC_KEY.replace(/\\n/g, '\n'),
};
