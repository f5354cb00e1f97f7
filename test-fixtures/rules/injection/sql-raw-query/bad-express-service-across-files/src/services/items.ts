import { db } from '../db';

// Shared by the HTTP routes and the nightly job.
export async function itemsInAisle(aisle: string) {
  const [rows] = await db.query(`SELECT sku, label FROM items WHERE aisle = '${aisle}'`); // expect: injection/sql-raw-query[error]
  return rows;
}

export async function renameItem(sku: string, change: { label: string }) {
  await db.execute("UPDATE items SET label = '" + change.label + "' WHERE sku = ?", [sku]); // expect: injection/sql-raw-query[error]
}

// Called by the nightly job with a table name taken from a scheduler message: not request data, but not constant either.
export async function countRows(table: string) {
  const [rows] = await db.query(`SELECT count(*) AS n FROM ${table}`); // expect: injection/sql-raw-query[warning]
  return rows;
}
