import type { FastifyInstance } from 'fastify';

const people = new Map<string, string>();

export async function peopleRoutes(app: FastifyInstance) {
  app.post<{ Body: { email: string; password: string } }>('/auth/login', async () => ({ token: 'issued' }));
  app.post<{ Body: { email: string } }>('/auth/signup', async (request, reply) => reply.code(201).send({ email: request.body.email }));
  app.get('/people', async () => [...people.entries()]);
  app.get<{ Params: { code: string } }>('/badges/scan/:code', async (request) => ({ code: request.params.code }));
}
