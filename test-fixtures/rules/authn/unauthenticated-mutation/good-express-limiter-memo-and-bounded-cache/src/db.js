const { Pool } = require('pg');

class Database {
  static getInstance() {
    if (!Database.instance) {
      Database.instance = new Database();
    }
    return Database.instance;
  }

  initialize() {
    if (this.pool) {
      return this.pool;
    }
    this.pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
    return this.pool;
  }
}

// Is this e-mail domain one of a partner university's? A read; the pool is made on first use.
async function partnerDomain(email) {
  const domain = String(email).split('@')[1] || '';
  const { rows } = await Database.getInstance().initialize().query('SELECT name FROM universities WHERE domain = $1', [domain]);
  return rows[0] ? rows[0].name : null;
}

module.exports = { partnerDomain };
