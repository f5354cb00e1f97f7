const { pool } = require('../../lib/db');
module.exports = async function handler(req, res) {
  const { rows } = await pool.query('SELECT id, name FROM users WHERE id = ' + req.query.id); // expect: injection/sql-raw-query
  res.status(200).json(rows[0] || null);
};
