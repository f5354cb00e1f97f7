import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../db';
import { requireAuth, validateBody, validateParams } from '../middleware';

const noteParams = z.object({ id: z.string().uuid() });

const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().uuid().optional(),
});

const createNoteSchema = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(20_000),
});
type CreateNote = z.infer<typeof createNoteSchema>;

const updateNoteSchema = createNoteSchema.partial().refine((v) => Object.keys(v).length > 0, {
  message: 'at least one field is required',
});
type UpdateNote = z.infer<typeof updateNoteSchema>;

const noteFields = { id: true, title: true, body: true, createdAt: true, updatedAt: true } as const;

export const notesRouter = Router();

notesRouter.use(requireAuth);

notesRouter.get('/', async (req, res) => {
  const { limit, cursor } = listQuerySchema.parse(req.query);
  const notes = await prisma.note.findMany({
    where: { authorId: req.userId },
    orderBy: { createdAt: 'desc' },
    take: limit,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: noteFields,
  });
  res.json({ data: notes, nextCursor: notes.length === limit ? notes[notes.length - 1].id : null });
});

notesRouter.post('/', validateBody(createNoteSchema), async (req, res) => {
  const input = req.body as CreateNote;
  const note = await prisma.note.create({
    data: { ...input, authorId: req.userId! },
    select: noteFields,
  });
  res.status(201).json(note);
});

notesRouter.get('/:id', validateParams(noteParams), async (req, res) => {
  const note = await prisma.note.findFirst({
    where: { id: req.params.id, authorId: req.userId },
    select: noteFields,
  });
  if (!note) {
    res.status(404).json({ error: 'not_found' });
    return;
  }
  res.json(note);
});

notesRouter.patch('/:id', validateParams(noteParams), validateBody(updateNoteSchema), async (req, res) => {
  const input = req.body as UpdateNote;
  const { count } = await prisma.note.updateMany({
    where: { id: req.params.id, authorId: req.userId },
    data: input,
  });
  if (count === 0) {
    res.status(404).json({ error: 'not_found' });
    return;
  }
  res.status(204).end();
});

notesRouter.delete('/:id', validateParams(noteParams), async (req, res) => {
  const { count } = await prisma.note.deleteMany({
    where: { id: req.params.id, authorId: req.userId },
  });
  if (count === 0) {
    res.status(404).json({ error: 'not_found' });
    return;
  }
  res.status(204).end();
});
