import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

pool.on('error', (err: Error) => {
  console.error('pool error:', err.message);
});

// checked once when the module loads
pool.query('SELECT 1', (err: Error | null) => {
  if (err) console.error('database unreachable:', err.message);
  else console.log('database reachable');
});

export default pool;
