import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { pgTable, text, integer, uuid } from 'drizzle-orm/pg-core';

export const devices = pgTable('devices', { id: uuid('id').primaryKey().defaultRandom(), serial: text('serial').notNull(), name: text('name') });
export const deviceEvents = pgTable('device_events', { id: uuid('id').primaryKey().defaultRandom(), deviceId: uuid('device_id'), kind: text('kind') });
export const counters = pgTable('counters', { id: text('id').primaryKey(), value: integer('value') });

export const db = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }));
