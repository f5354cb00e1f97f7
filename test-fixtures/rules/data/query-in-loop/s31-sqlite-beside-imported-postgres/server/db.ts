import Database from 'better-sqlite3';
import { Pool } from 'pg';

// a local cache file, and the Postgres database the orders live in
export const cache = new Database('cache.db');
export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
