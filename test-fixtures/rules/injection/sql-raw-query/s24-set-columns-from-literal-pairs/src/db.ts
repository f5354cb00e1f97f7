import { createClient } from '@libsql/client';

const db = createClient({ url: process.env.LIBSQL_URL ?? 'file:tasks.db' });

// the column names are the first item of each literal pair: only the values come from the caller, bound as ? args
export async function updateTask(id: string, data: Partial<{ title: string; status: string; dueDate: string }>) {
  const sets: string[] = [];
  const args: unknown[] = [];
  const fields: [string, unknown][] = [
    ['title', data.title], ['status', data.status], ['dueDate', data.dueDate],
  ];
  for (const [column, value] of fields) {
    if (value !== undefined) {
      sets.push(`${column} = ?`);
      args.push(value);
    }
  }
  if (sets.length === 0) return;
  args.push(id);
  await db.execute({ sql: `UPDATE Task SET ${sets.join(', ')} WHERE id = ?`, args: args as string[] });
}

// here the pair's first item is the caller's column name
export async function setField(id: string, data: { column: string; value: string }) {
  const sets: string[] = [];
  const args: unknown[] = [];
  for (const [column, value] of [[data.column, data.value]]) {
    sets.push(`${column} = ?`);
    args.push(value);
  }
  args.push(id);
  await db.execute({ sql: `UPDATE Task SET ${sets.join(', ')} WHERE id = ?`, args: args as string[] }); // expect: injection/sql-raw-query
}
