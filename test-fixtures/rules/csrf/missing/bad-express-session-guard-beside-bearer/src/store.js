const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
exports.add = (owner, name) => pool.query('INSERT INTO items (owner, name) VALUES ($1, $2)', [owner, name]);
exports.remove = (id) => pool.query('DELETE FROM items WHERE id = $1', [id]);
