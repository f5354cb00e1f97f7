import { integer, pgTable, real, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const recipes = pgTable('recipes', {
  id: serial('id').primaryKey(),
  title: text('title').notNull(),
  cuisine: text('cuisine').notNull(),
  rating: real('rating').notNull().default(0),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const ratingEvents = pgTable('rating_events', {
  id: serial('id').primaryKey(),
  recipeId: integer('recipe_id').notNull(),
  stars: integer('stars').notNull(),
});
