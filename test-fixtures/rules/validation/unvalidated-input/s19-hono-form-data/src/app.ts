import { Hono } from 'hono';
import { saveRole, saveNote } from './store.js';

// Forms posted from server-rendered pages: the body is read as a FormData and its fields with form.get('name').
const app = new Hono();

// the role is one of three names, anything else answers 400: the field is checked ('get' is no field of the body)
app.post('/users/:userId/role', async (c) => {
  const userId = c.req.param('userId');
  const form = await c.req.formData();
  const role = form.get('role') as string;
  if (!['admin', 'editor', 'viewer'].includes(role)) {
    return c.json({ error: 'Invalid role' }, 400);
  }
  await saveRole(userId, role);
  return c.redirect('/users');
});

// a free-text field stored as it came
app.post('/notes', async (c) => {
  const form = await c.req.formData(); // expect: validation/unvalidated-input[warning]
  const text = form.get('text') as string;
  await saveNote(text);
  return c.redirect('/notes');
});

export default app;
