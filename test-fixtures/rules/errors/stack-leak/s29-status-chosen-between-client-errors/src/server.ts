import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = Fastify({ logger: true });

async function deleteSubject(id: string, ownerId: string) {
  const subject = await prisma.subject.findUnique({ where: { id } });
  if (!subject) throw new Error('subject not found');
  if (subject.ownerId !== ownerId) throw new Error('not allowed');
  await prisma.subject.delete({ where: { id } });
}

// either answer is a client error: 404 or 403
app.delete<{ Params: { id: string } }>('/subjects/:id', async (request, reply) => {
  try {
    await deleteSubject(request.params.id, String(request.headers['x-owner']));
    return reply.code(204).send();
  } catch (error: any) {
    const status = error.message.includes('not found') ? 404 : 403;
    return reply.code(status).send({ error: error.message });
  }
});

// a 500 among the choices: a database failure's text goes out
app.put<{ Params: { id: string } }>('/subjects/:id', async (request, reply) => {
  try {
    await prisma.subject.update({ where: { id: request.params.id }, data: { name: 'renamed' } });
    return reply.code(204).send();
  } catch (error: any) {
    const status = error.message.includes('not found') ? 404 : 500;
    return reply.code(status).send({ error: error.message }); // expect: errors/stack-leak
  }
});

app.listen({ port: 3000 });
