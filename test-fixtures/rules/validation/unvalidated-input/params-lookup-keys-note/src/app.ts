import express from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();

// with report-lookup-keys, a path parameter used only as a lookup key is a note
app.get('/notes/:id', async (req, res) => {
  res.json(await prisma.note.findUnique({ where: { id: req.params.id } })); // expect: validation/unvalidated-input[note]
});

app.listen(3000);
