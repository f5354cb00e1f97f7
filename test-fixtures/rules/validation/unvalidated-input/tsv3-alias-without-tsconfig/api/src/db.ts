import { drizzle } from 'drizzle-orm/postgres-js';
import { pgTable, text } from 'drizzle-orm/pg-core';
import postgres from 'postgres';

export const entries = pgTable('entries', { hash: text('hash'), parent: text('parent'), note: text('note') });
export const db = drizzle(postgres(process.env.DATABASE_URL!));
