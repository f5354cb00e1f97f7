import { db } from '../db';

// a one-off script: the table names come from its own command line, no request reaches it
export async function resetTable(table: string) {
  await db.raw(`TRUNCATE ${table} RESTART IDENTITY CASCADE`);
}

for (const t of process.argv.slice(2)) void resetTable(t);
