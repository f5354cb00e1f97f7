import { pgTable, text, jsonb } from 'drizzle-orm/pg-core';

export const accounts = pgTable('accounts', { id: text('id').primaryKey(), state: text('state') });
export const journal = pgTable('journal', { id: text('id').primaryKey(), note: text('note'), meta: jsonb('meta') });
