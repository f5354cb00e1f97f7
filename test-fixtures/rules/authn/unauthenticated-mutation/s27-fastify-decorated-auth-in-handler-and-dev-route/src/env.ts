import { z } from 'zod';

export const env = z.object({ NODE_ENV: z.enum(['development', 'test', 'production']).default('development'), JWT_SECRET: z.string() }).parse(process.env);
