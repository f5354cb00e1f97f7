import { Hono } from 'hono';
import { signedIn } from '../session.js';

const saved: string[] = [];

const items = new Hono()
  .use(signedIn)
  .get('/', (c) => c.json(saved))
  .post('/', async (c) => {
    saved.push(String(Date.now()));
    return c.json({ ok: true }, 201);
  })
  .delete('/', (c) => {
    saved.length = 0;
    return c.body(null, 204);
  });

export default items;
