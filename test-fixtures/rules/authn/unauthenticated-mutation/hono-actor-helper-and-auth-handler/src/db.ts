import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, serial, text } from 'drizzle-orm/pg-core';

export const db = drizzle(process.env.DATABASE_URL as string);
export const stays = pgTable('stays', { id: serial('id').primaryKey(), title: text('title') });
export const notes = pgTable('notes', { id: serial('id').primaryKey(), body: text('body') });
