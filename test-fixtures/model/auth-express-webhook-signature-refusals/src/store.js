const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL }); // expect: config/env-undocumented

module.exports = {
  entriesOf: async (userId) => (await pool.query('SELECT id, minutes FROM entries WHERE user_id = $1 LIMIT 100', [userId])).rows,
  logCommand: (userId, text) => pool.query('INSERT INTO commands (slack_user, text) VALUES ($1, $2)', [userId, text]),
  recordPayment: (id, status) => pool.query('UPDATE payments SET status = $2 WHERE provider_id = $1', [id, status]),
  recordAlert: (site, state) => pool.query('INSERT INTO alerts (site, state) VALUES ($1, $2)', [site, state]),
};
