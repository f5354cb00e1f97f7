const { Pool } = require('pg');
const pool = new Pool();

const members = {
  async byId(id) {
    const r = await pool.query('SELECT * FROM members WHERE id = $1', [id]);
    return r.rows[0];
  },
  async save(m) {
    await pool.query('UPDATE members SET hash = $1 WHERE id = $2', [m.hash, m.id]);
    return { ok: true };
  },
  async update(id, fields) {
    await pool.query('UPDATE members SET display = $1, note = $2 WHERE id = $3', [fields.display, fields.note, id]);
    return { ok: true };
  },
};

module.exports = { members, pool };
