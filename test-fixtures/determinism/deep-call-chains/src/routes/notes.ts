import { Router } from 'express';
import { createNote, reviseNote, checkNoteShape, normaliseNote } from '../services/notes';
import { getNote, notesTagged } from '../services/lookup';
import { selectOne } from '../data/db';

export const notesRouter = Router();

notesRouter.post('/', async (req, res) => {
  const created = await createNote((req as any).user.sub, req.body);
  res.status(201).json(created);
});

notesRouter.put('/:id', async (req, res) => {
  const saved = await reviseNote((req as any).user.sub, req.params.id, req.body);
  res.json(saved);
});

notesRouter.post('/drafts', async (req, res) => {
  const draft = normaliseNote(req.body);
  res.json({ draft });
});

notesRouter.post('/check', async (req, res) => {
  res.json({ ok: Boolean(checkNoteShape(req.body)) });
});

notesRouter.get('/tagged', async (req, res) => {
  res.json(await notesTagged(String(req.query.tag)));
});

notesRouter.get('/:id', async (req, res) => {
  const note = await getNote((req as any).user.sub, req.params.id);
  res.json(note);
});

notesRouter.get('/:id/raw', async (req, res) => {
  const row = await selectOne('SELECT id, body FROM notes WHERE id = $1', [req.params.id]);
  if (!row) return res.status(404).end();
  res.json(row);
});
