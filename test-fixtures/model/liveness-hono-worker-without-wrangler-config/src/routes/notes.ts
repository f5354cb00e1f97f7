import { Hono } from 'hono';

const notes = new Hono<{ Bindings: { DB: D1Database } }>();
notes.get('/', async (c) => c.json((await c.env.DB.prepare('SELECT * FROM notes').all()).results));
notes.post('/', async (c) => {
  const body = await c.req.json<{ text: string }>(); // expect: validation/unvalidated-input
  await c.env.DB.prepare('INSERT INTO notes (text) VALUES (?)').bind(body.text).run();
  return c.json({ ok: true }, 201);
});
export default notes;
