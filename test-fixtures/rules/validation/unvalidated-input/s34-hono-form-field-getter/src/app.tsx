import { Hono } from 'hono';
import { inviteUser, keepMessage } from './store.js';

// Server-rendered admin forms: parseBody() gives strings or File objects by field name.
const app = new Hono();

// answers the field only when it is text, '' for a file or a missing field
function textField(form: Record<string, string | File>, key: string): string {
  const value = form[key];
  return typeof value === 'string' ? value : '';
}

// answers whatever the field holds: a File as well as text
function anyField(form: Record<string, string | File>, key: string) {
  return form[key];
}

// every value the handler gets is text; an empty one answers 400
app.post('/invite', async (c) => {
  const form = await c.req.parseBody();
  const email = textField(form, 'email').trim();
  const team = textField(form, 'team');
  if (!email) return c.text('Email is required.', 400);
  await inviteUser(email, team);
  return c.redirect('/invites');
});

// the same getter, the text handed on as it came
app.post('/notes', async (c) => {
  const form = await c.req.parseBody();
  await keepMessage(textField(form, 'note'));
  return c.redirect('/notes');
});

// a getter that does not test the type: a File or text goes on unchecked
app.post('/messages', async (c) => {
  const form = await c.req.parseBody(); // expect: validation/unvalidated-input
  await keepMessage(anyField(form, 'message'));
  return c.redirect('/messages');
});

// the text getter, but the whole form is also kept as it came
app.post('/drafts', async (c) => {
  const form = await c.req.parseBody(); // expect: validation/unvalidated-input
  if (!textField(form, 'title')) return c.text('A title is required.', 400);
  await keepMessage(form);
  return c.redirect('/drafts');
});

export default app;
