import { cleanEnv, str, url } from 'envalid';

// every service imports this module first: the process stops at boot when a variable is missing
export const settings = cleanEnv(process.env, {
  LEDGER_DB_URL: url(),
  LEDGER_SIGNING_KEY: str(),
});
