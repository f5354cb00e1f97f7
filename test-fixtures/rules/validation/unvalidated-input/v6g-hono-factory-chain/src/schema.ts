import { pgTable, text } from 'drizzle-orm/pg-core';

export const labels = pgTable('labels', { id: text('id'), userId: text('user_id'), name: text('name') });
