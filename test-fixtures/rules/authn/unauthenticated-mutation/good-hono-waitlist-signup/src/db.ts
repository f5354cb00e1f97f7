import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, serial, text } from 'drizzle-orm/pg-core';

export const signups = pgTable('signups', { id: serial('id').primaryKey(), email: text('email').notNull().unique(), ip: text('ip') });
export const projects = pgTable('projects', { id: serial('id').primaryKey(), name: text('name').notNull() });
export const db = drizzle(process.env.DATABASE_URL!);
