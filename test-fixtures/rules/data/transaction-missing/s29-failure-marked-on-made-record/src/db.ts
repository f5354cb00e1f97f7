import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';

export const broadcasts = pgTable('broadcasts', {
  id: serial('id').primaryKey(),
  title: text('title').notNull(),
  status: text('status').notNull(),
  delivered: integer('delivered').notNull(),
});
export const inboxItems = pgTable('inbox_items', {
  id: serial('id').primaryKey(),
  broadcastId: integer('broadcast_id').notNull(),
  userId: integer('user_id').notNull(),
});
export const db = drizzle(postgres(process.env.DATABASE_URL as string));
