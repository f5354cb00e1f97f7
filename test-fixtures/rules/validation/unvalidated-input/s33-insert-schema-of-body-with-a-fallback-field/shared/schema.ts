import { pgTable, text, serial, integer, timestamp } from 'drizzle-orm/pg-core';
import { createInsertSchema } from 'drizzle-zod';

export const folders = pgTable('folders', { id: serial('id').primaryKey(), name: text('name').notNull(), userId: text('user_id').notNull(), parentId: integer('parent_id'), createdAt: timestamp('created_at').defaultNow() });
export const insertFolderSchema = createInsertSchema(folders).omit({ id: true, createdAt: true });
