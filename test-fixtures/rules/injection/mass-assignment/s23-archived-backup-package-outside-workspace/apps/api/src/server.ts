import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = Fastify({ logger: true });

app.post('/notes', async (req, reply) => {
  // every key of the body reaches the row: pinned, ownerId
  const note = await prisma.note.create({ data: req.body as any }); // expect: injection/mass-assignment
  return reply.code(201).send(note);
});

app.listen({ port: 3000 });
