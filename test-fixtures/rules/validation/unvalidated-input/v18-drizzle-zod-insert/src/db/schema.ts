import { integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { createInsertSchema } from 'drizzle-zod';

export const shipments = pgTable('shipments', {
  id: serial('id').primaryKey(),
  dockId: integer('dock_id').notNull(),
  carrier: text('carrier').notNull(),
  trailerPlate: text('trailer_plate'),
  cargo: jsonb('cargo'),
  createdBy: integer('created_by').notNull(),
  createdAt: timestamp('created_at').defaultNow(),
});

export const insertShipmentSchema = createInsertSchema(shipments).omit({ id: true, createdAt: true });
