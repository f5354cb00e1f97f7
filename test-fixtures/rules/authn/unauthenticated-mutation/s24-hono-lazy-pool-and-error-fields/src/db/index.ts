import { Pool } from '@neondatabase/serverless';

type Env = { DATABASE_URL: string };
let pool: Pool | null = null;

function createPool(env: Env) {
  return new Pool({ connectionString: env.DATABASE_URL });
}

// the pool is made the first time a query needs it, whichever request that is
export async function queryDB(sql: string, params: unknown[], env: Env) {
  if (!pool) {
    console.warn('creating the database pool');
    pool = createPool(env);
  }
  const client = await pool.connect();
  try {
    return await client.query(sql, params);
  } finally {
    client.release();
  }
}
