const sqlite3 = require('sqlite3');
const conn = new sqlite3.Database('shelf.db');

// a wrapper that rewrites $1 to ? and hands the values to the driver apart from the text
const run = (text, values = []) => {
  let stmt = text;
  for (let n = values.length; n >= 1; n--) stmt = stmt.replace(new RegExp(`\\$${n}`, 'g'), '?');
  return new Promise((resolve, reject) => conn.all(stmt, values, (err, rows) => (err ? reject(err) : resolve(rows))));
};

module.exports = { run };
