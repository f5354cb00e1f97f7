import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, text, integer } from 'drizzle-orm/pg-core';
import { Pool } from 'pg';

export const db = drizzle(new Pool());
export const accounts = pgTable('accounts', { id: text('id'), tier: text('tier'), seats: integer('seats') });
export const invoices = pgTable('invoices', { id: text('id'), account: text('account'), state: text('state') });
