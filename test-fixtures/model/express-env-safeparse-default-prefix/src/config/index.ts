import { z } from 'zod';

const envSchema = z.object({
  PORT: z.string().default('4000'),
  API_VERSION: z.string().default('v2'),
});

// safeParse: the result is kept and its data read, each unset variable with the schema's default
const parsed = envSchema.safeParse(process.env); // expect: config/env-undocumented
if (!parsed.success) {
  console.error('invalid environment', parsed.error.issues);
  process.exit(1);
}
const env = parsed.data;

export const config = {
  port: Number(env.PORT),
  apiVersion: env.API_VERSION,
};
