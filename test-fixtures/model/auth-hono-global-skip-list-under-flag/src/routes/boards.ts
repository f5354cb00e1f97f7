import { Hono } from 'hono';

const boards = new Hono();
const rows: { id: string; title: string }[] = [];

boards.get('/', (c) => c.json(rows));
boards.post('/', async (c) => {
  const body = await c.req.json(); // expect: validation/unvalidated-input
  rows.push({ id: String(rows.length + 1), title: String(body.title) });
  return c.json({ ok: true }, 201);
});
boards.delete('/:id', (c) => {
  const i = rows.findIndex((r) => r.id === c.req.param('id'));
  if (i >= 0) rows.splice(i, 1);
  return c.body(null, 204);
});

export default boards;
