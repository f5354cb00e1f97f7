const { z } = require('zod');

const schema = z.object({
  DATABASE_URL: z.string().url().default('postgres://postgres:postgres@localhost:5432/billing'),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  SMTP_PASSWORD: z.string().min(12),
  JWT_SECRET: z.string().min(32),
});

module.exports = { env: schema.parse(process.env) };
