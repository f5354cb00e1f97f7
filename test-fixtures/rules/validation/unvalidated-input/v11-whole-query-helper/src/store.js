import Database from 'better-sqlite3';

let db;
export function openDb() {
  if (!db) db = new Database(process.env.DB_FILE || 'sso.db');
  return db;
}
