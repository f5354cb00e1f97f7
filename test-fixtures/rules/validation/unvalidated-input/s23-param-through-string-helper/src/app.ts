import express, { Request, Response } from 'express';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PrismaClient } from '@prisma/client';
import { firstParam } from './utils/params';

const prisma = new PrismaClient();
const app = express();

// the id, as the helper hands it back, only selects the row to delete
app.delete('/notes/:noteId', async (req: Request, res: Response) => {
  const noteId = firstParam(req.params.noteId);
  await prisma.note.delete({ where: { id: noteId } });
  res.json({ ok: true });
});

// the name, as the helper hands it back, becomes part of a file path
app.delete('/attachments/:name', async (req: Request, res: Response) => {
  const name = firstParam(req.params.name); // expect: validation/unvalidated-input
  await fs.unlink(path.join('/srv/uploads', name));
  res.json({ ok: true });
});

app.listen(3000);
