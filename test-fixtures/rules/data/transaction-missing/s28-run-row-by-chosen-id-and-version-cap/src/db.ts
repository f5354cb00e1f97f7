import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { pgTable, text, jsonb, timestamp } from 'drizzle-orm/pg-core';

export const runs = pgTable('runs', { id: text('id').primaryKey(), flowId: text('flow_id'), status: text('status'), output: jsonb('output'), finishedAt: timestamp('finished_at') });
export const flows = pgTable('flows', { id: text('id').primaryKey(), lastRunAt: timestamp('last_run_at'), runCount: text('run_count') });

export const db = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }));
