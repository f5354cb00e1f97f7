import { Hono } from 'hono';

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

const knownRoles = () => [{ role: 'admin' }, { role: 'member' }, { role: 'guest' }];
const PLANS = ['free', 'team', 'enterprise'];

// the role must be one of the configured roles: anything else is refused before it is stored
app.post('/members/role', async (c) => {
  const { member_id, role_name } = await c.req.json();
  if (typeof member_id !== 'number') return c.text('bad member', 400);
  if (!knownRoles().find((r) => r.role === role_name)) {
    return c.text('unknown role', 400);
  }
  await c.env.DB.prepare('UPDATE members SET role = ? WHERE id = ?').bind(role_name, member_id).run();
  return c.json({ ok: true });
});

// the same through a local holding the match
app.post('/members/plan', async (c) => {
  const { member_id, plan } = await c.req.json();
  if (typeof member_id !== 'number') return c.text('bad member', 400);
  const known = PLANS.find((p) => p === plan);
  if (!known) return c.text('unknown plan', 400);
  await c.env.DB.prepare('UPDATE members SET plan = ? WHERE id = ?').bind(plan, member_id).run();
  return c.json({ ok: true });
});

// a miss only changes the label: the value is stored whatever it is
app.post('/members/title', async (c) => {
  const { member_id, title } = await c.req.json(); // expect: validation/unvalidated-input
  if (typeof member_id !== 'number') return c.text('bad member', 400);
  const known = PLANS.find((p) => p === title);
  const label = known ? 'plan' : 'custom';
  await c.env.DB.prepare('UPDATE members SET title = ?, label = ? WHERE id = ?').bind(title, label, member_id).run();
  return c.json({ ok: true });
});

// a deny-list hit refused: anything not on the list passes
app.post('/members/nick', async (c) => {
  const { member_id, nick } = await c.req.json(); // expect: validation/unvalidated-input
  if (typeof member_id !== 'number') return c.text('bad member', 400);
  if (knownRoles().some((r) => r.role === nick)) return c.text('reserved', 400);
  await c.env.DB.prepare('UPDATE members SET nick = ? WHERE id = ?').bind(nick, member_id).run();
  return c.json({ ok: true });
});

export default app;
