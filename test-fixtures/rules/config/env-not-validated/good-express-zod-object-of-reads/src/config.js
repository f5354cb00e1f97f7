const { z } = require('zod');

const settingsSchema = z.object({
  port: z.number().int(),
  store: z.object({ host: z.string().min(1), password: z.string().min(1) }),
});

// every value comes from the environment; parse throws at startup when one is missing or malformed
const settings = settingsSchema.parse({
  port: Number(process.env.LEDGER_PORT),
  store: {
    host: process.env.LEDGER_DB_HOST,
    password: process.env.LEDGER_DB_PASSWORD,
  },
});

module.exports = settings;
