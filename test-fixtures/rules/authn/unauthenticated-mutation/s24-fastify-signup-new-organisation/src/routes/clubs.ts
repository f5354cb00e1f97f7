import { PrismaClient } from '@prisma/client';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ClubService } from '../services/club.service.js';
import { validate } from '../services/validate.js';

const registerSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8),
  clubName: z.string().min(1),
  role: z.enum(['manager', 'coach']).default('manager'),
});

const joinSchema = z.object({ email: z.string().email(), password: z.string().min(8), clubId: z.string() });

export default async function clubRoutes(app: FastifyInstance) {
  const prisma = new PrismaClient();
  const clubs = new ClubService(prisma);

  app.post('/register', async (request, reply) => {
    const input = validate(registerSchema, request.body);
    return reply.code(201).send(await clubs.register(input));
  });

  app.post('/join', async (request, reply) => { // expect: authn/unauthenticated-mutation
    const input = validate(joinSchema, request.body);
    return reply.code(201).send(await clubs.join(input));
  });

  app.delete<{ Params: { id: string } }>('/:id', { onRequest: [app.authenticate] }, async (request, reply) => {
    await prisma.club.delete({ where: { id: request.params.id } });
    return reply.code(204).send();
  });
}
