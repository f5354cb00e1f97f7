import { pgTable, serial, text, integer, timestamp, boolean } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  email: text('email').notNull(),
  banned: boolean('banned').default(false),
});
export const profiles = pgTable('profiles', {
  id: serial('id').primaryKey(),
  userId: integer('user_id').notNull(),
  displayName: text('display_name'),
});
export const auditLog = pgTable('audit_log', {
  id: serial('id').primaryKey(),
  actorId: integer('actor_id'),
  action: text('action'),
  targetId: integer('target_id'),
});
export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: integer('user_id'),
  expiresAt: timestamp('expires_at'),
});
export const resetTokens = pgTable('reset_tokens', {
  id: serial('id').primaryKey(),
  userId: integer('user_id'),
  expiresAt: timestamp('expires_at'),
});
export const orders = pgTable('orders', {
  id: serial('id').primaryKey(),
  userId: integer('user_id'),
  total: integer('total'),
});
export const orderItems = pgTable('order_items', {
  id: serial('id').primaryKey(),
  orderId: integer('order_id'),
  sku: text('sku'),
  qty: integer('qty'),
});
export const adminActions = pgTable('admin_actions', {
  id: serial('id').primaryKey(),
  adminId: integer('admin_id'),
  kind: text('kind'),
});
export const adminEvents = pgTable('admin_events', {
  id: serial('id').primaryKey(),
  adminId: integer('admin_id'),
  kind: text('kind'),
});
