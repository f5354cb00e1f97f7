import { Context } from "hono";

// parses the paging values, answers 400 unless limit is 1..100 and offset a whole number not below zero
export const pageOf = async (
  c: Context,
  sql: string,
  limit: string | number | undefined,
  offset: string | number | undefined,
  orderBy?: string,
): Promise<Response> => {
  if (typeof limit === "string") limit = parseInt(limit);
  if (typeof offset === "string") offset = parseInt(offset);
  if (!limit || limit < 0 || limit > 100) {
    return c.text("limit out of range", 400);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    return c.text("offset out of range", 400);
  }
  const rows = await c.env.DB.prepare(`${sql} order by ${orderBy || "id desc"} limit ? offset ?`).bind(limit, offset).all();
  return c.json(rows);
};

// the same whose offset check only logs
export const loosePage = async (c: Context, sql: string, offset: string | number | undefined): Promise<Response> => {
  if (typeof offset === "string") offset = parseInt(offset);
  if (!Number.isInteger(offset) || offset < 0) console.warn("odd offset");
  const rows = await c.env.DB.prepare(`${sql} limit 20 offset ?`).bind(offset).all();
  return c.json(rows);
};
