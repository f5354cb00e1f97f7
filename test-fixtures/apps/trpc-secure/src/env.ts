import { z } from 'zod';

export const env = z
  .object({
    JWT_SECRET: z.string().min(32),
    PORT: z.coerce.number().int().default(3000),
  })
  .parse(process.env);
