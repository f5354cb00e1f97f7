import { z } from 'zod';

const schema = z.object({ JWT_SECRET: z.string().min(32), PORT: z.coerce.number().default(3000) });
export const env = schema.parse(process.env);
