const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const db = {
  badges: {
    async insert(row) {
      const r = await pool.query('INSERT INTO badges (title, created_at) VALUES ($1, $2) RETURNING id', [row.title, row.at]);
      return r.rows[0];
    },
  },
};

module.exports = { db };
