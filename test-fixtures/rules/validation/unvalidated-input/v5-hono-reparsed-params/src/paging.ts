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

// a number parsed from the text, a negative one refused: what goes on is a number (NaN at worst, a query that fails),
// bound as a parameter
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

// the text itself compared with zero (a string compare, 'x' < 0 is false) and spliced into the statement
export async function pageAfter(c: Context, table: string, skip: string | undefined) {
    if (skip == null || (skip as unknown as number) < 0) {
        return c.text('bad skip', 400);
    }
    const { results } = await c.env.DB.prepare(`SELECT * FROM ${table} ORDER BY id DESC LIMIT 20 OFFSET ${skip}`).all();
    return c.json(results);
}
