import { Hono } from 'hono';
import { pagedList, runWith } from './listing';

const app = new Hono<{ Bindings: { DB: D1Database } }>();

// a query string is one string (Hono), bound as a parameter of a filter: a lookup value
app.get('/messages', async (c) => {
  const { mailbox, limit, offset } = c.req.query();
  const where = mailbox ? 'where mailbox = ?' : '';
  const values = mailbox ? [mailbox] : [];
  return pagedList(c, `SELECT * FROM messages ${where}`, `SELECT count(*) as total FROM messages ${where}`, [...values], limit, offset);
});

app.get('/outbox', async (c) => {
  const { sender, limit, offset } = c.req.query();
  if (sender) {
    return pagedList(c, 'SELECT * FROM outbox where sender = ?', 'SELECT count(*) as total FROM outbox where sender = ?', [sender], limit, offset);
  }
  return pagedList(c, 'SELECT * FROM outbox', 'SELECT count(*) as total FROM outbox', [], limit, offset);
});

app.get('/archive', async (c) => {
  const { folder, label, limit, offset } = c.req.query();
  const filters: string[] = [];
  const values: string[] = [];
  if (folder) { filters.push('folder = ?'); values.push(folder); }
  if (label) { filters.push('label = ?'); values.push(label); }
  const where = filters.length ? `where ${filters.join(' and ')}` : '';
  return pagedList(c, `SELECT * FROM archive ${where}`, `SELECT count(*) as total FROM archive ${where}`, values, limit, offset);
});

app.get('/drafts', async (c) => {
  const { owner, limit, offset } = c.req.query();
  const ownerClause = owner ? 'owner = ?' : '';
  const clauses = [ownerClause].filter((x) => x).join(' and ');
  const where = clauses.length > 0 ? `where ${clauses}` : '';
  return pagedList(c, `SELECT * FROM drafts ${where}`, `SELECT count(*) as total FROM drafts ${where}`, owner ? [owner] : [], limit, offset);
});

app.get('/notes', async (c) => {
  const { topic } = c.req.query();
  return runWith(c, 'SELECT id, title FROM notes WHERE topic = ?', [topic]);
});

// the same helper writes the listed value into a row: a value stored as it came
app.post('/notes', async (c) => {
  const { title } = await c.req.json(); // expect: validation/unvalidated-input
  return runWith(c, 'INSERT INTO notes (title) VALUES (?)', [title]);
});

// the tag is spliced into the SQL text itself
app.get('/tagged', async (c) => {
  const { tag, limit, offset } = c.req.query(); // expect: validation/unvalidated-input
  return pagedList(c, `SELECT * FROM messages where tag = '${tag}'`, `SELECT count(*) as total FROM messages where tag = '${tag}'`, [], limit, offset);
});

// the list holds the value, but the helper's text puts the first listed value in its SET clause
app.get('/touch', async (c) => {
  const { stamp } = c.req.query(); // expect: validation/unvalidated-input
  return runWith(c, 'UPDATE notes SET touched = ? WHERE id = 1', [stamp]);
});

// a long search falls back to instr(): the bytes are only measured, the text or its LIKE pattern is bound
app.get('/search', async (c) => {
  const { q, limit, offset } = c.req.query();
  if (q) {
    const useInstr = new TextEncoder().encode(q).length + 2 > 50;
    const clause = useInstr ? 'instr(subject, ?) > 0' : 'subject like ?';
    const param = useInstr ? q : `%${q}%`;
    return pagedList(c, `SELECT * FROM messages where ${clause}`, `SELECT count(*) as total FROM messages where ${clause}`, [param], limit, offset);
  }
  return pagedList(c, 'SELECT * FROM messages', 'SELECT count(*) as total FROM messages', [], limit, offset);
});

// the encoded bytes are written to a bucket as they came
app.get('/stash', async (c) => {
  const { memo } = c.req.query(); // expect: validation/unvalidated-input
  await (c.env as any).BUCKET.put('memo', new TextEncoder().encode(memo));
  return c.json({ ok: true });
});

export default app;
