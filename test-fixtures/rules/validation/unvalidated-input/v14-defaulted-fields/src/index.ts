import { Hono } from 'hono';

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

async function storeSetting(c: any, key: string, value: string) {
  await c.env.DB.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').bind(key, value).run();
}

// older clients leave out the newer fields: they get a default in place, then every field is checked
app.post('/admin/filters', async (c) => {
  const input = await c.req.json();
  input.allowMode = input.allowMode ?? false;
  input.allowed = input.allowed ?? [];
  if (typeof input.active !== 'boolean') return c.text('active must be a boolean', 400);
  if (typeof input.allowMode !== 'boolean') return c.text('allowMode must be a boolean', 400);
  if (!Array.isArray(input.blocked) || input.blocked.length > 500) return c.text('blocked must be a short list', 400);
  if (!Array.isArray(input.allowed) || input.allowed.length > 500) return c.text('allowed must be a short list', 400);
  const saved = { active: input.active, allowMode: input.allowMode, blocked: input.blocked, allowed: input.allowed };
  await storeSetting(c, 'filters', JSON.stringify(saved));
  return c.json({ ok: true });
});

// a field defaulted in place that nothing checks afterwards
app.post('/admin/banner', async (c) => {
  const input = await c.req.json(); // expect: validation/unvalidated-input
  input.text = input.text ?? '';
  if (typeof input.visible !== 'boolean') return c.text('visible must be a boolean', 400);
  await storeSetting(c, 'banner', JSON.stringify({ visible: input.visible, text: input.text }));
  return c.json({ ok: true });
});

// one field copied over another: not a default of its own
app.post('/admin/aliases', async (c) => {
  const input = await c.req.json(); // expect: validation/unvalidated-input
  input.primary = input.fallback ?? 'none';
  if (typeof input.enabled !== 'boolean') return c.text('enabled must be a boolean', 400);
  await storeSetting(c, 'aliases', JSON.stringify(input));
  return c.json({ ok: true });
});

export default app;
