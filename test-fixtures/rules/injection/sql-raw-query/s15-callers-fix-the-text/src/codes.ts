import { pool } from './db';

// Shared by the documents services: the next number of a per-store series, in the table a subclass names.
abstract class NumberedDocuments {
  protected async nextNumber(table: string, prefix: string, store: string) {
    const r = await pool.query(
      `SELECT COALESCE(MAX(NULLIF(regexp_replace(code, '^.*-', ''), '')::int), 0) + 1 AS next FROM ${table} WHERE store_id = $1 AND code LIKE $2`,
      [store, `${prefix}%`],
    );
    return `${prefix}${String(r.rows[0].next).padStart(5, '0')}`;
  }
}

export class Invoices extends NumberedDocuments {
  async create(store: string) {
    const code = await this.nextNumber('invoices', 'INV-', store);
    await pool.query('INSERT INTO invoices (code, store_id) VALUES ($1, $2)', [code, store]);
    return code;
  }
}

export class DeliveryNotes extends NumberedDocuments {
  async create(store: string) {
    const code = await this.nextNumber('delivery_notes', 'DN-', store);
    await pool.query('INSERT INTO delivery_notes (code, store_id) VALUES ($1, $2)', [code, store]);
    return code;
  }
}
