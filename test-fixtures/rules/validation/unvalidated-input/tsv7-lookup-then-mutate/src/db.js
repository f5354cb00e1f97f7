const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const transfers = {
  byReference: async (reference) => {
    const result = await pool.query('SELECT * FROM transfers WHERE reference = $1', [reference]);
    return result.rows[0];
  },
};

module.exports = { pool, transfers };
