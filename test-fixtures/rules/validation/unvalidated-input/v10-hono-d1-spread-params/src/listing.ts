import { Context } from 'hono';

type Env = { DB: D1Database };

// pages through a table: the page window is parsed and bounded here, every value is bound
export const pagedList = async (
  c: Context<{ Bindings: Env }>,
  sql: string, countSql: string, values: string[],
  limit: string | number | undefined,
  offset: string | number | undefined,
) => {
  if (typeof limit === 'string') limit = parseInt(limit);
  if (typeof offset === 'string') offset = parseInt(offset);
  if (!limit || limit < 0 || limit > 50) return c.text('bad limit', 400);
  if (offset == null || offset < 0) return c.text('bad offset', 400);
  const { results } = await c.env.DB.prepare(`${sql} order by id desc limit ? offset ?`).bind(...values, limit, offset).all();
  const total = offset == 0 ? await c.env.DB.prepare(countSql).bind(...values).first('total') : 0;
  return c.json({ results, total });
};

// runs one statement the caller wrote with the values the caller listed
export const runWith = async (c: Context<{ Bindings: Env }>, sql: string, values: string[]) => {
  const { results } = await c.env.DB.prepare(sql).bind(...values).all();
  return c.json({ results });
};
