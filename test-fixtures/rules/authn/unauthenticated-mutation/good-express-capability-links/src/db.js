const Database = require('better-sqlite3');

const db = new Database(process.env.DB_FILE || 'party.db');

function query(sql, params = []) {
  const statement = db.prepare(sql);
  if (/^\s*select/i.test(sql)) return { rows: statement.all(...params) };
  const info = statement.run(...params);
  return { rows: [], changes: info.changes };
}

module.exports = { query };
