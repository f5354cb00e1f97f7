import { pgTable, text } from 'drizzle-orm/pg-core';

export const tags = pgTable('tags', { id: text('id'), userId: text('user_id'), name: text('name') });
