const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

// one helper for every statement: the text and the values travel apart to the driver
async function run(sql, values = []) {
  const started = Date.now();
  const result = await pool.query(sql, values);
  if (Date.now() - started > 500) console.warn('slow statement', sql.slice(0, 40));
  return result;
}

module.exports = { run };
