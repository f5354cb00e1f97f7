const { pool } = require('./db');

// realign the counter with the highest number in use, after a duplicate number was refused
async function resyncCounter(name) {
  await pool.query('UPDATE counters SET value = (SELECT COALESCE(MAX(seq), 0) FROM invoices) WHERE name = $1', [name]);
}

async function nextNumber(name) {
  const r = await pool.query('SELECT value + 1 AS n FROM counters WHERE name = $1', [name]);
  return r.rows[0].n;
}

module.exports = { resyncCounter, nextNumber };
