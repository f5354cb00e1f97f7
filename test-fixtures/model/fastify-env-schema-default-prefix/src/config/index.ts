import { z } from 'zod';

// the variables the service reads, each with the value it runs with when unset
const envSchema = z.object({
  PORT: z.string().transform(Number).default('3000'),
  API_VERSION: z.string().default('v2'),
  DATABASE_URL: z.string().url(),
});

const env = envSchema.parse(process.env); // expect: config/env-undocumented

export const config = {
  server: {
    port: env.PORT,
    apiVersion: env.API_VERSION,
  },
  databaseUrl: env.DATABASE_URL,
};
