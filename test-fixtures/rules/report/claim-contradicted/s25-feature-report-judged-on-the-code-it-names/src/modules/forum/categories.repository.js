const { pool } = require('../../db');

async function list() {
  const { rows } = await pool.query('SELECT id, name FROM forum_categories ORDER BY position LIMIT 100');
  return rows;
}

async function rename(id, name) {
  await pool.query('UPDATE forum_categories SET name = $1 WHERE id = $2', [name, id]);
}

module.exports = { list, rename };
