import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { PrismaClient } from '@prisma/client';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { TicketStatus } from './ticket-status.enum';

const prisma = new PrismaClient();


const db = drizzle(process.env.DATABASE_URL!);
const notes = pgTable('notes', { id: text('id').primaryKey(), userId: text('user_id').notNull() });
const tags = pgTable('tags', { id: text('id').primaryKey(), userId: text('user_id').notNull() });
const folders = pgTable('folders', { id: text('id').primaryKey(), userId: text('user_id').notNull() });

// the synced tables: each pull reads a different table, not the same query N times
const SYNC_TABLES = { notes, tags, folders } as const;

async function pullTable(table: typeof notes, userId: string) {
  return db.select().from(table).where(eq(table.userId, userId));
}

const app = new Hono();

app.get('/sync/:userId', async (c) => {
  const userId = c.req.param('userId');
  const names = Object.keys(SYNC_TABLES) as (keyof typeof SYNC_TABLES)[];
  const rows = await Promise.all(names.map((name) => pullTable(SYNC_TABLES[name], userId)));
  return c.json(Object.fromEntries(names.map((n, i) => [n, rows[i]])));
});

app.get('/tickets/stats', async (c) => {
  const byStatus = await Promise.all(
    Object.values(TicketStatus).map(async (status) => ({ status, count: await prisma.ticket.count({ where: { status } }) })),
  );
  return c.json(byStatus);
});

app.get('/tickets/by-owner', async (c) => {
  const owners = await prisma.user.findMany({ take: 200 });
  const counts = await Promise.all(owners.map((o) => prisma.ticket.count({ where: { ownerId: o.id } }))); // expect: data/query-in-loop
  return c.json(counts);
});

serve({ fetch: app.fetch, port: 3000 });
