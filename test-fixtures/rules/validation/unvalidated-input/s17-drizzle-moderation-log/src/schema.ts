import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const threads = sqliteTable('threads', {
  id: text('id').primaryKey(),
  state: text('state').notNull(),
  closedNote: text('closed_note'),
});

// who moderated what, and why: read by the moderators' history page
export const moderationLogs = sqliteTable('moderation_logs', {
  id: text('id').primaryKey(),
  moderatorId: text('moderator_id').notNull(),
  threadId: text('thread_id').notNull(),
  action: text('action').notNull(),
  reason: text('reason'),
});

export const threadNotes = sqliteTable('thread_notes', {
  id: text('id').primaryKey(),
  threadId: text('thread_id').notNull(),
  body: text('body'),
});
