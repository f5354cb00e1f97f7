#!/usr/bin/env node

// the deployment's worker process (npm run worker): a long-running sync, not a command run by hand
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } }); // expect: crypto/tls-verification-off

async function tick() {
  await pool.query("UPDATE rentals SET status = 'overdue' WHERE return_date < now() AND status = 'active'");
}

setInterval(() => {
  tick().catch((e) => console.error('sync failed', e.message));
}, 60_000);
