import { sql } from 'drizzle-orm';
import { db } from '../../../client.js';
import { say } from '../utils/say.js';

export async function countRows(): Promise<void> {
  const rows = await db.execute(sql`select count(*) as n from links`);
  console.table(rows);
  say.ok('counted');
}
