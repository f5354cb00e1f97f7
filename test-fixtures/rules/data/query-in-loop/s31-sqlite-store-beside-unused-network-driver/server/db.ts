import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { sqliteTable, integer, real } from 'drizzle-orm/sqlite-core';

// the store is a local SQLite file; the Postgres driver in package.json is left from the project template
export const sqlite = new Database('truck.db');
export const db = drizzle(sqlite);
export const saleItems = sqliteTable('sale_items', { id: integer('id').primaryKey(), saleId: integer('sale_id'), productId: integer('product_id'), qty: real('qty') });
export const stockMovements = sqliteTable('stock_movements', { id: integer('id').primaryKey(), productId: integer('product_id'), qty: real('qty') });
