const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

module.exports = {
  query: (text, params) => pool.query(text, params),
  insert: (table, row) => pool.query('INSERT INTO notes (title, body) VALUES ($1, $2)', [row.title, row.body]),
};
