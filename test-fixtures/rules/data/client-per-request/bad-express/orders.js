const { Pool } = require('pg');

async function listOrders(userId) {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL }); // expect: data/client-per-request
  const { rows } = await pool.query('SELECT id, total FROM orders WHERE user_id = $1 LIMIT 50', [userId]);
  await pool.end();
  return rows;
}

module.exports = { listOrders };
