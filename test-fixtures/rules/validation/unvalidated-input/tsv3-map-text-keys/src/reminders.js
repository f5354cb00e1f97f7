const { Pool } = require('pg');

const pool = new Pool();

class Reminders {
  constructor() {
    this.pending = new Map();
  }

  // the key is text built from both ids, but only ever a key of the in-memory map
  cancel(userId, threadId) {
    const key = `${userId}:${threadId}`;
    if (this.pending.has(key)) {
      clearTimeout(this.pending.get(key));
      this.pending.delete(key);
    }
  }

  // the same text goes into SQL
  async cancelStored(userId, threadId) {
    await pool.query(`DELETE FROM reminders WHERE key = '${userId}:${threadId}'`);
  }
}

module.exports = new Reminders();
