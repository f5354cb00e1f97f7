import type { Context } from 'hono';

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

// A body parse that answers the 400 to send back: no check of who is calling.
export async function readNoteBody(c: Context): Promise<Parsed<{ title: string; text: string }>> {
  const body = await c.req.json().catch(() => null);
  if (!body || typeof body.title !== 'string' || typeof body.text !== 'string' || body.title.length > 200) {
    return { ok: false, response: c.json({ error: 'invalid_request' }, 400) };
  }
  return { ok: true, value: { title: body.title, text: body.text } };
}

// the tag prefix of a search: letters only, a 400 to send back otherwise
export function readTagQuery(c: Context): Parsed<string> {
  const q = c.req.query('q') ?? '';
  if (!/^[a-z]{0,20}$/.test(q)) {
    return { ok: false, response: c.json({ error: 'invalid_query' }, 400) };
  }
  return { ok: true, value: q };
}
