import { Pool } from 'pg';

// the pool the API uses (index.ts imports it)
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } }); // expect: crypto/tls-verification-off
