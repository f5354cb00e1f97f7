const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

// one object of queries per database handle; a route calls the ones it needs
function createFlowRepository(db) {
  return {
    async list(limit) {
      const { rows } = await db.query('SELECT id, name FROM flows ORDER BY id LIMIT $1', [limit]);
      return rows;
    },
    async count() {
      const { rows } = await db.query('SELECT COUNT(*)::int AS n FROM flows');
      return rows[0].n;
    },
    async listAll() {
      const { rows } = await db.query('SELECT id, name FROM flows');
      return rows;
    },
    async listNamed(prefix) {
      const { rows } = await db.query('SELECT id, name FROM flows WHERE name LIKE $1', [`${prefix}%`]); // expect: data/unbounded-list
      return rows;
    },
    async create(name) {
      await db.query('INSERT INTO flows (name) VALUES ($1)', [name]);
      await db.query('INSERT INTO flow_audit (name) VALUES ($1)', [name]);
    },
  };
}

module.exports = { createFlowRepository, pool };
