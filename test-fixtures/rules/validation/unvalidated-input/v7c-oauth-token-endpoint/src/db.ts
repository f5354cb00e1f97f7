import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { pgTable, text, timestamp, jsonb } from 'drizzle-orm/pg-core';

export const grants = pgTable('grants', {
  key: text('key').primaryKey(),
  payload: jsonb('payload').notNull(),
  expiresAt: timestamp('expires_at').notNull(),
});

export const sessions = pgTable('sessions', {
  token: text('token').primaryKey(),
  userId: text('user_id').notNull(),
  clientHint: text('client_hint'),
});

export const db = drizzle(postgres(process.env.DATABASE_URL!));
