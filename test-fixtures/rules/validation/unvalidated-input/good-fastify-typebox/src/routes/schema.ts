import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';

export const orders = pgTable('orders', {
  id: serial('id').primaryKey(),
  sku: text('sku').notNull(),
  quantity: integer('quantity').notNull(),
  status: text('status').notNull(),
});
