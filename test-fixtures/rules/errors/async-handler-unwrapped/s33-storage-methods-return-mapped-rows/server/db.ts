import { neon } from '@neondatabase/serverless';
import { drizzle } from 'drizzle-orm/neon-http';
import { pgTable, text, serial } from 'drizzle-orm/pg-core';

export const addresses = pgTable('addresses', { id: serial('id').primaryKey(), country: text('country'), state: text('state') });
export const db = drizzle(neon(process.env.DATABASE_URL!));
