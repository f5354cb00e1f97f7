import { db } from '../db';

export async function seed(rows: { sku: string; label: string }[]) {
  for (const r of rows) {
    await db.raw(`INSERT INTO products (sku, label) VALUES ('${r.sku}', '${r.label}')`);
  }
}
