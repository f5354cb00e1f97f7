const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

// answers pg's result ({ rows, rowCount }) after timing the statement
async function query(text, params = []) {
  const started = Date.now();
  const result = await pool.query(text, params);
  if (Date.now() - started > 500) console.warn('slow statement', text.slice(0, 40));
  return result;
}

module.exports = { query };
