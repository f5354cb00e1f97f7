import { z } from 'zod';

const schema = z.object({ PORT: z.coerce.number().default(3000), ADMIN_EMAILS: z.string().default('') });

let cached: z.infer<typeof schema> | null = null;

// parsed once at start-up; a bad environment stops the process before the logger exists
export function loadConfig() {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    console.error('Invalid environment:', parsed.error.format());
    throw new Error('invalid environment');
  }
  cached = parsed.data;
  return cached;
}
