import { Hono } from 'hono';
import { findFolder, findFolderUnsafe, type Env } from './folders';

const app = new Hono<{ Bindings: Env; Variables: { userId: string } }>();

app.get('/folders/:id', async (c) => {
  const folder = await findFolder(c.env.DB, c.req.param('id'), c.get('userId'));
  return folder ? c.json(folder) : c.json({ error: 'not found' }, 404);
});

app.get('/legacy/folders/:id', async (c) => {
  const folder = await findFolderUnsafe(c.env.DB, c.req.param('id')); // expect: validation/unvalidated-input
  return folder ? c.json(folder) : c.json({ error: 'not found' }, 404);
});

export default app;
