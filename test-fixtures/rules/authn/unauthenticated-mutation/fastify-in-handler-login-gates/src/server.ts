import Fastify from 'fastify';
import { currentCaller, requireStaff } from './session';

const app = Fastify();
const bookings = new Map<string, { owner: string; slot: string }>();
const notes: string[] = [];

async function requireLogin(request: any, reply: any) {
  if (!(await currentCaller(request, reply))) return reply;
}

app.get('/api/staff/bookings', async (request, reply) => {
  const staff = await requireStaff(request, reply);
  if (!staff) return;
  return [...bookings.values()];
});

app.post('/api/bookings', async (request, reply) => {
  const caller = await currentCaller(request, reply);
  if (!caller) return;
  const { slot } = request.body as { slot: string };
  bookings.set(slot, { owner: caller.id, slot });
  return reply.code(201).send({ slot });
});

app.get('/api/slots', async () => ['09:00', '10:00']);

app.post('/api/notes', async (request, reply) => { // expect: authn/unauthenticated-mutation[warning]
  notes.push(String((request.body as { text: string }).text));
  return reply.code(201).send();
});

app.delete('/api/bookings/:slot', { preHandler: requireLogin }, async (request) => {
  bookings.delete((request.params as { slot: string }).slot);
  return { ok: true };
});

app.listen({ port: 3000 });
