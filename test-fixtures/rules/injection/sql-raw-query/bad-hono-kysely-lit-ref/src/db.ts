import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

interface Database {
  books: { id: number; title: string; author: string; isbn: string; year: number };
}

export const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL }) }),
});
