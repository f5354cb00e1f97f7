const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

// timing wrapper: the text and the values go on to the driver apart
async function run(text, params = []) {
  const started = Date.now();
  const result = await pool.query(text, params);
  console.log('sql', { text: text.slice(0, 40), ms: Date.now() - started });
  return result;
}

module.exports = { run };
