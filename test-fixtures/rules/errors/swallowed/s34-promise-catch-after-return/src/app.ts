import Fastify from 'fastify';
import { confirmBooking, sendReceipt, recordVisit } from './bookings.js';

const app = Fastify();

app.post('/bookings/:id/confirm', async (request, reply) => {
  const { id } = request.params as { id: string };
  const booking = await confirmBooking(id);
  if (!booking) return reply.code(404).send({ error: 'No such booking' });
  return reply.send({ booking, message: 'Booking confirmed' });

  // left behind when the answer moved up: never runs
  sendReceipt(booking.id).catch(() => {});
});

app.post('/bookings/:id/visit', async (request, reply) => {
  const { id } = request.params as { id: string };
  const booking = await confirmBooking(id);
  if (!booking) return reply.code(404).send({ error: 'No such booking' });
  recordVisit(booking.id).catch(() => {}); // expect: errors/swallowed
  return reply.send({ booking });
});

app.listen({ port: 3000 });
