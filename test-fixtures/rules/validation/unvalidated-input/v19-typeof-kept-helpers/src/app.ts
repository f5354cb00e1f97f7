import express, { Request, Response } from 'express';
import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

// kept only as a string (an empty string otherwise), refused when empty
function requiredLabel(raw: unknown): string {
  const label = typeof raw === 'string' ? raw.trim() : '';
  if (!label) throw Object.assign(new Error('label is required'), { status: 400 });
  return label;
}

// anything but a string becomes undefined
function searchTerm(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const t = raw.trim();
  return t.length > 0 ? t : undefined;
}

// hands the value back whatever it is
function note(raw: unknown): string {
  return String(raw ?? '');
}

app.post('/projects/:projectId/tags', async (req: Request, res: Response) => {
  const [row] = await db('tags').insert({ project_id: Number(req.params.projectId), label: requiredLabel(req.body.label) }).returning('*');
  res.status(201).json(row);
});

app.get('/members', async (req: Request, res: Response) => {
  const term = searchTerm(req.query.search);
  const q = db('members').select('id', 'name');
  if (term) q.whereILike('name', `%${term}%`);
  res.json(await q);
});

app.post('/projects/:projectId/notes', async (req: Request, res: Response) => {
  const body = req.body; // expect: validation/unvalidated-input
  const [row] = await db('notes').insert({ project_id: Number(req.params.projectId), text: note(body.text) }).returning('*');
  res.status(201).json(row);
});

// a temporary password kept only when it is a string, then refused when empty
app.post('/users/:userId/reset', async (req: Request, res: Response) => {
  const temp = typeof req.body?.password === 'string' ? req.body.password.trim() : '';
  if (!temp) return res.status(400).json({ error: 'password is required' });
  await db('users').where({ id: Number(req.params.userId) }).update({ temp_password: temp });
  res.status(204).end();
});

app.listen(3000);
