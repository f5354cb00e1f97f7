import { neon } from '@neondatabase/serverless';
import { drizzle } from 'drizzle-orm/neon-http';

export interface DbEnv { DATABASE_URL: string }

// an HTTP (fetch-based) client: nothing to keep open between requests
export function createDb(env: DbEnv) {
  return drizzle(neon(env.DATABASE_URL));
}
