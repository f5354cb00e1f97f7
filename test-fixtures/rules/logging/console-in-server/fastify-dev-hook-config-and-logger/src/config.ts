import { z } from 'zod';

const schema = z.object({ PORT: z.coerce.number().default(3000), NODE_ENV: z.string().default('production') });

export function loadConfig() {
  try {
    return schema.parse(process.env);
  } catch (error) {
    console.error('Invalid configuration:');
    if (error instanceof z.ZodError) {
      error.errors.forEach((e) => console.error(`  ${e.path.join('.')}: ${e.message}`));
    }
    process.exit(1);
  }
}

export const config = loadConfig();
