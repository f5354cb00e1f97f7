const { Pool } = require('pg');

const pool = new Pool();

// the column list comes from the code that calls it; the search term is always bound as $1
function searchColumns(term, columns) {
  const parts = [];
  for (const column of columns) {
    parts.push(`${column} ILIKE $1`);
  }
  return pool.query(`SELECT id, title FROM notes WHERE ${parts.join(' OR ')}`, [`%${term}%`]);
}

module.exports = { searchColumns, pool };
