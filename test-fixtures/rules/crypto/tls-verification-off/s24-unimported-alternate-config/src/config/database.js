const { Pool } = require('pg');

// the pool the server uses: verification stays on
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: process.env.NODE_ENV === 'production' ? { rejectUnauthorized: true } : false,
});

module.exports = { pool };
