import { z } from 'zod';

// the schema says what each variable is for
export const env = z
  .object({
    DATABASE_URL: z.string().url(),
    JWT_SECRET: z.string().min(32).describe('HMAC key that signs the access tokens; 32+ random bytes'),
  })
  .parse(process.env);
