import Database from 'better-sqlite3';

export function open(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  return db;
}

let handle;

export function ledgerDb() {
  if (handle === undefined) {
    handle = open(process.env.LEDGER_FILE || 'ledger.sqlite'); // opened on the first request, then kept
  }
  return handle;
}
