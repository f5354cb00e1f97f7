import { pool, query } from './db';

// Which body field goes to which column: the SET list is written from this map only.
const ITEM_COLUMNS: Record<string, string> = {
  label: 'label',
  shelf: 'shelf_code',
  quantity: 'quantity',
  restockAt: 'restock_at',
  supplier: 'supplier_id',
  notes: 'notes',
  weight: 'weight_kg',
  colour: 'colour',
};
const ITEM_CASTS: Record<string, string> = { restock_at: '::date', supplier_id: '::uuid' };

export async function updateItem(id: string, store: string, changes: Record<string, unknown>) {
  const sets: string[] = [];
  const args: unknown[] = [id, store];
  for (const [field, column] of Object.entries(ITEM_COLUMNS)) {
    if (field in changes) {
      args.push(changes[field] ?? null);
      sets.push(`${column} = $${args.length}${ITEM_CASTS[column] ?? ''}`);
    }
  }
  if (!sets.length) return null;
  sets.push('updated_at = now()');
  await pool.query(`UPDATE items SET ${sets.join(', ')} WHERE id = $1 AND store_id = $2`, args);
  return id;
}

// A local helper takes the column; every call below names it with a literal.
export async function updateSupplier(id: string, patch: { name?: string; email?: string; active?: boolean }) {
  const sets: string[] = [];
  const vals: unknown[] = [];
  let n = 1;
  const set = (column: string, value: unknown) => {
    sets.push(`${column} = $${n++}`);
    vals.push(value);
  };
  if (patch.name !== undefined) set('name', patch.name.trim());
  if (patch.email !== undefined) set('email', patch.email.toLowerCase());
  if (patch.active !== undefined) set('active', patch.active);
  if (sets.length === 0) return null;
  vals.push(id);
  return query(`UPDATE suppliers SET ${sets.join(', ')} WHERE id = $${n}`, vals);
}

// Metadata filters: each key is refused unless it is a plain identifier before it names a JSON field.
export async function findByTags(tags: Record<string, string>) {
  const conditions: string[] = ['archived = false'];
  const values: unknown[] = [];
  Object.entries(tags).forEach(([key, value], i) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(key)) {
      throw new Error(`bad tag ${key}`);
    }
    conditions.push(`tags ->> '${key}' = $${i + 1}`);
    values.push(value);
  });
  return pool.query(`SELECT id FROM items WHERE ${conditions.join(' AND ')}`, values);
}

// The same shape without the key check: a key reaches the text as written (where the object comes from is not
// followed through the callback, so a warning).
export async function findByLabels(labels: Record<string, string>) {
  const conditions: string[] = ['archived = false'];
  Object.entries(labels).forEach(([key, value], i) => {
    conditions.push(`labels ->> '${key}' = '${value}'`);
  });
  return pool.query(`SELECT id FROM items WHERE ${conditions.join(' AND ')}`); // expect: injection/sql-raw-query[warning]
}

// Paging helper: its callers hand it conditions that hold only named placeholders.
async function pagedMoves(conditions: string[], binds: unknown[], page: number) {
  const where = `WHERE ${conditions.join(' AND ')}`;
  const total = await pool.query(`SELECT COUNT(*) AS n FROM moves ${where}`, binds);
  const rows = await pool.query(`SELECT * FROM moves ${where} ORDER BY moved_at DESC LIMIT 50 OFFSET ${page * 50}`, binds);
  return { total: total.rows[0].n, rows: rows.rows };
}

export async function movesOfItem(itemId: string, page: number) {
  return pagedMoves(['item_id = $1'], [itemId], page);
}

export async function movesOfShelf(shelf: string, kind: string | undefined, page: number) {
  const conditions = ['shelf = $1'];
  const binds: unknown[] = [shelf];
  if (kind) {
    conditions.push('kind = $2');
    binds.push(kind);
  }
  return pagedMoves(conditions, binds, page);
}
