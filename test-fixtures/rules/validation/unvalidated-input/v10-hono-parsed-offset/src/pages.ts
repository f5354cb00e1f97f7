import { Context } from 'hono';

type Env = { DB: D1Database };

// the window of a page: parsed to numbers here, a negative start refused
export const pageOf = async (c: Context<{ Bindings: Env }>, table: string, size: string | number | undefined, start: string | number | undefined) => {
  if (typeof size === 'string') size = parseInt(size);
  if (typeof start === 'string') start = parseInt(start);
  if (!size || size < 0 || size > 200) return c.text('size out of range', 400);
  if (start == null || start < 0) return c.text('start out of range', 400);
  const { results } = await c.env.DB.prepare(`SELECT * FROM ${table} ORDER BY id LIMIT ? OFFSET ?`).bind(size, start).all();
  return c.json({ results });
};

// the start is compared as it came (text compared with 0) and then spliced into the statement
export const rawPageOf = async (c: Context<{ Bindings: Env }>, table: string, start: string | undefined) => {
  if (start == null || (start as unknown as number) < 0) return c.text('start out of range', 400);
  const { results } = await c.env.DB.prepare(`SELECT * FROM ${table} ORDER BY id LIMIT 20 OFFSET ${start}`).all();
  return c.json({ results });
};
