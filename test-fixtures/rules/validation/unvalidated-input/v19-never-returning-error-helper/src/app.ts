import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import { PrismaClient } from '@prisma/client';
import { ReservationService } from './reservations.service';

const prisma = new PrismaClient();
const app = Fastify({ logger: true });

app.patch('/reservations/:id/court', {
  schema: { body: { type: 'object', required: ['courtId'], properties: { courtId: { type: 'string', format: 'uuid' } } } },
}, async (request: FastifyRequest, reply: FastifyReply) => {
  const { id } = request.params as { id: string };
  const { courtId } = request.body as { courtId: string };
  const text = await ReservationService.moveReservation(prisma, id, courtId);
  return reply.send({ text });
});

app.get('/reservations/:id/receipt', async (request: FastifyRequest, reply: FastifyReply) => {
  const { id } = request.params as { id: string };
  return reply.send({ text: await ReservationService.receipt(prisma, id) });
});

// the lookup's miss is only noted: the text is built from any id
app.post('/reservations/:id/reminder', async (request: FastifyRequest, reply: FastifyReply) => {
  const { id } = request.params as { id: string }; // expect: validation/unvalidated-input
  return reply.send({ text: await ReservationService.reminder(prisma, id) });
});

app.listen({ port: 3000 });
