const { Pool } = require('pg');

// an earlier copy of the pool, left in the tree: no module requires this file
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false },
});

module.exports = { pool };
