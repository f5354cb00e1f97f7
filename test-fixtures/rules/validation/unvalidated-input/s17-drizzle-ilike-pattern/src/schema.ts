import { pgTable, serial, text } from 'drizzle-orm/pg-core';

export const coupons = pgTable('coupons', {
  id: serial('id').primaryKey(),
  code: text('code').notNull(),
  title: text('title').notNull(),
});

export const searchTerms = pgTable('search_terms', {
  id: serial('id').primaryKey(),
  term: text('term').notNull(),
});
