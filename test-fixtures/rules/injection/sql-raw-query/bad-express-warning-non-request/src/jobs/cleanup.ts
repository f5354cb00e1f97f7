import { pool, schema } from '../db';
import { tenantsDueForPurge } from './tenants';

// The tenant name arrives from another service's answer: not request data, not a constant either.
export async function purgeTenant(tenant: string) {
  await pool.query(`DELETE FROM ${schema}.sessions WHERE tenant = '${tenant}'`); // expect: injection/sql-raw-query[warning]
}

export function scheduleCleanup() {
  setInterval(async () => {
    const next = await tenantsDueForPurge();
    await purgeTenant(next.name);
  }, 60 * 60 * 1000);
}
