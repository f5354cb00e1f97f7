const { pool } = require('./db');

// copies every page of a space into the local table, one row at a time
async function mirrorSpace(spaceId) {
  const { rows } = await pool.query('SELECT id, title FROM remote_pages WHERE space_id = $1', [spaceId]);
  for (const page of rows) {
    await pool.query('UPDATE pages SET title = $1, synced_at = NOW() WHERE id = $2', [page.title, page.id]); // expect: data/query-in-loop
  }
}

module.exports = { mirrorSpace };
