const Database = require('better-sqlite3');

const handle = new Database(process.env.NOTES_FILE || 'notes.sqlite');

// a thin wrapper: every query is a synchronous call on the local file
function all(sql, params) {
  return handle.prepare(sql).all(...params);
}

module.exports = { all };
