import { Context } from 'hono'

// the page size arrives as text from the query or as a number from internal callers: parsed when it is text, then bounded
export async function firstPage(c: Context, table: string, size: string | number | undefined) {
    if (typeof size === 'string') {
        size = parseInt(size, 10);
    }
    if (!size || size < 1 || size > 50) {
        return c.text('size must be between 1 and 50', 400);
    }
    const { results } = await c.env.DB.prepare(`SELECT * FROM ${table} ORDER BY id DESC LIMIT ?`).bind(size).all();
    return c.json(results);
}

// only a lower bound: parseInt('x') is NaN, which is neither null nor below zero, and goes on
export async function pageFrom(c: Context, table: string, skip: string | number | undefined) {
    if (typeof skip === 'string') {
        skip = parseInt(skip, 10);
    }
    if (skip == null || skip < 0) {
        return c.text('bad skip', 400);
    }
    const { results } = await c.env.DB.prepare(`SELECT * FROM ${table} ORDER BY id DESC LIMIT 20 OFFSET ?`).bind(skip).all();
    return c.json(results);
}
