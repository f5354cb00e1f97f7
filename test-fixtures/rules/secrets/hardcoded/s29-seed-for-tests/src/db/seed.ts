import { Pool } from 'pg';

// the one admin of a fresh install, with a password everyone who reads this has
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const ADMIN = { email: 'admin@depot.example', role: 'ADMIN' };

async function main() {
  await pool.query('INSERT INTO users (email, role) VALUES ($1, $2)', [ADMIN.email, ADMIN.role]);
  await fetch('https://auth.depot.example/api/admin/set-password', {
    method: 'POST',
    body: JSON.stringify({ email: ADMIN.email, password: 'DepotAdmin#2024' }), // expect: secrets/hardcoded
  });
}

main();
