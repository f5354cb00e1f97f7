import { z } from 'zod';
export const env = z.object({ SESSION_PASSWORD: z.string().min(32) }).parse(process.env);
