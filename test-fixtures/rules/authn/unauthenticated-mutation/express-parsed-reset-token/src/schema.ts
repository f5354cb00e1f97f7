import { boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const members = pgTable('members', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  passwordHash: text('password_hash').notNull(),
  nickname: text('nickname'),
});

export const resetTickets = pgTable('reset_tickets', {
  id: text('id').primaryKey(),
  memberId: text('member_id').notNull(),
  ticket: text('ticket').notNull(),
  spent: boolean('spent').notNull().default(false),
  validUntil: timestamp('valid_until').notNull(),
});
