const { Pool } = require('pg');

// a copy for a staging box, never required by the app
const pool = new Pool({
  connectionString: process.env.STAGING_DATABASE_URL,
  ssl: { rejectUnauthorized: false },
});

module.exports = { pool };
