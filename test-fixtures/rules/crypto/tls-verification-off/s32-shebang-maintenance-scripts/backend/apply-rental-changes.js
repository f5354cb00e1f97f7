#!/usr/bin/env node

// one-off: apply the approved corrections to a few rentals, then exit (run by hand from a laptop)
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.PROD_DATABASE_URL, ssl: { rejectUnauthorized: false } });

const updates = [
  { id: 40, email: 'first@example.com' },
  { id: 41, email: 'second@example.com' },
];

async function main() {
  for (const u of updates) {
    await pool.query('UPDATE rentals SET customer_email = $1 WHERE id = $2', [u.email, u.id]);
    console.log(`rental ${u.id} updated`);
  }
  await pool.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
