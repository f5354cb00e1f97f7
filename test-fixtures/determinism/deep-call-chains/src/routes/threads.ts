import { Router } from 'express';
import { threadOf, noteForExport } from '../services/lookup';
import { verifySession } from '../auth/session';
import { normaliseNote } from '../services/notes';
import { insertNote } from '../data/notes';

export const threadsRouter = Router();

threadsRouter.get('/:id', async (req, res) => {
  if (!verifySession(String(req.headers.authorization))) return res.status(401).end();
  res.json(await threadOf(req.params.id));
});

threadsRouter.post('/:id/replies', async (req, res) => {
  const thread = await threadOf(req.params.id);
  res.status(201).json({ replies: thread.length, text: req.body.text });
});

threadsRouter.get('/:id/export', async (req, res) => {
  const note = await noteForExport(req.params.id);
  if (!note) return res.status(404).end();
  res.json(note);
});

// a public suggestion box: anyone may leave a note for the editors
threadsRouter.post('/suggestions', async (req, res) => {
  const note = normaliseNote(req.body);
  const saved = await insertNote('suggestions', note.title, note.body);
  res.status(201).json(saved);
});
