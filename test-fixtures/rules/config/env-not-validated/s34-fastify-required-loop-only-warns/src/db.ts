import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import dotenv from 'dotenv';
dotenv.config(); // expect: config/env-not-validated
export const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL, max: parseInt(process.env.DB_POOL_MAX || '5', 10) }) }) });
