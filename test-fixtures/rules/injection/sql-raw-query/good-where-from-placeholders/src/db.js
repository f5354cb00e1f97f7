const sqlite3 = require('sqlite3');
const db = new sqlite3.Database(process.env.DB_FILE || 'leads.db');

function run(sql, params = []) {
  return new Promise((resolve, reject) => {
    db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

module.exports = { run };
