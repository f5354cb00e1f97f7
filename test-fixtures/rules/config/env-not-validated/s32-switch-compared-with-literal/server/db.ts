import Database from 'better-sqlite3';

export const db = new Database('data.db');

// a development switch: anything but "true" (unset included) leaves the data alone
if (process.env.RESET_DB === 'true') {
  db.exec('DELETE FROM orders');
}
