const mysql = require('mysql2/promise');
const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

// the project's query helper: prepared statements through the pool
async function run(sql, values) {
  const [rows] = await pool.execute(sql, values);
  return rows;
}

module.exports = { run };
