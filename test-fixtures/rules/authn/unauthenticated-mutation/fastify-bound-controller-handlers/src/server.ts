import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { PrismaClient } from '@prisma/client';
import { PastesController } from './pastes.controller';
import { PastesService } from './pastes.service';

const prisma = new PrismaClient();
const pastes = new PastesController(new PastesService(prisma));
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET! });

app.delete('/admin/pastes/:id', { onRequest: [async (req) => { await req.jwtVerify(); }] }, async (req: any) => {
  await prisma.paste.delete({ where: { id: req.params.id } });
  return { ok: true };
});
app.put('/pastes/:id', { handler: pastes.edit.bind(pastes) });
app.post('/pastes/:id/vote', { handler: pastes.vote.bind(pastes) });
app.post('/pastes/:id/pin', { handler: pastes.pin.bind(pastes) }); // expect: authn/unauthenticated-mutation

app.listen({ port: 3000 });
