import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = Fastify();

// the old API before the rewrite: nothing installs, builds or starts this copy any more
app.post('/notes', async (req, reply) => {
  const note = await prisma.note.create({ data: req.body as any });
  return reply.code(201).send(note);
});

app.put('/notes/:id', async (req: any, reply) => {
  const note = await prisma.note.update({ where: { id: req.params.id }, data: req.body });
  return reply.send(note);
});

app.listen({ port: 3001 });
