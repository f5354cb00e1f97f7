// run by hand: node src/db/runMigration.js 004_add_index.sql
import { readFileSync } from 'fs';
import pg from 'pg';

async function runMigration(file) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });
  try {
    await pool.query(readFileSync(new URL(`./migrations/${file}`, import.meta.url), 'utf-8'));
    console.log('applied', file);
  } finally {
    await pool.end();
  }
}

runMigration(process.argv[2]);
