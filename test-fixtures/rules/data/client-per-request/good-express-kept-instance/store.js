const { Pool } = require('pg');

class SettingsStore {
  pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });

  async all() {
    const { rows } = await this.pool.query('SELECT key, value FROM settings ORDER BY key LIMIT 100');
    return rows;
  }
}

let single = null;

function settingsStore() {
  if (!single) {
    single = new SettingsStore(); // built on the first call, reused afterwards
  }
  return single;
}

module.exports = { settingsStore };
