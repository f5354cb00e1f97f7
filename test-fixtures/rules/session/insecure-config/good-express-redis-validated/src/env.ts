import { z } from 'zod';

const schema = z.object({
  SESSION_SECRET: z.string().min(32),
  REDIS_URL: z.string().url(),
});
export const env = schema.parse(process.env);
