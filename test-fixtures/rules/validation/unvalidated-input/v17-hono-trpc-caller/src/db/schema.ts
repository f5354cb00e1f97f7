import { pgTable, text } from 'drizzle-orm/pg-core';

export const attachments = pgTable('attachments', {
  id: text('id').primaryKey(),
  ownerId: text('owner_id').notNull(),
  contentType: text('content_type').notNull(),
});
