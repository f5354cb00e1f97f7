const { Pool } = require('pg');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: process.env.PGSSLROOTCERT ? { ca: process.env.PGSSLROOTCERT } : undefined,
});

module.exports = { pool };
