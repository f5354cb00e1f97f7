import { neon } from '@neondatabase/serverless';
import { drizzle } from 'drizzle-orm/neon-http';
import { pgTable, text, serial } from 'drizzle-orm/pg-core';

// mysql2 is left in the manifest from an earlier version: nothing imports it and no ORM here loads a driver by name
export const regions = pgTable('regions', { id: serial('id').primaryKey(), country: text('country'), state: text('state') });
export const db = drizzle(neon(process.env.DATABASE_URL!));
