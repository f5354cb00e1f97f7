const { pool } = require('../db');

async function up() {
  const client = await pool.connect();
  await client.query(`CREATE TABLE IF NOT EXISTS tiers (id SERIAL PRIMARY KEY, name TEXT, rate NUMERIC, tier_order INT)`);
  await client.query(`
    INSERT INTO tiers (name, rate, tier_order)
    VALUES
      ('Bronze', 0.01, 1),
      ('Silver', 0.015, 2),
      ('Gold', 0.02, 3)
    ON CONFLICT DO NOTHING
  `);
  await client.query(`INSERT INTO users (email, role) VALUES ('admin@example.com', 'admin') ON CONFLICT DO NOTHING`);
  client.release();
}

module.exports = { up };
