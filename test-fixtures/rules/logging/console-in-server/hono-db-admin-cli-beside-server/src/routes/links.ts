import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { db } from '../db/client';

export const links = new Hono();

links.get('/', async (c) => {
  try {
    const rows = await db.execute(sql`select id, url from links order by id desc limit 50`);
    return c.json(rows);
  } catch (err) {
    console.error('listing links failed', err); // expect: logging/console-in-server
    return c.json({ error: 'failed' }, 500);
  }
});
