// One-off copy of the old CRM's rows into this database, run by hand:
//   node db/import_legacy/index.js --from 2026-05-01 --to 2026-05-31 --source-db postgres://...
import pg from 'pg';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, 'source-db': { type: 'string' } } });
const source = new pg.Pool({ connectionString: values['source-db'] });
const target = new pg.Pool({ connectionString: process.env.DATABASE_URL });

async function insert(table, row) {
  const cols = Object.keys(row);
  const marks = cols.map((_, i) => `$${i + 1}`).join(', ');
  await target.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${marks})`, Object.values(row));
}

const { rows } = await source.query('SELECT id, name, phone FROM children WHERE created_at BETWEEN $1 AND $2', [values.from, values.to]);
for (const r of rows) await insert('children', r);
await source.end();
await target.end();
