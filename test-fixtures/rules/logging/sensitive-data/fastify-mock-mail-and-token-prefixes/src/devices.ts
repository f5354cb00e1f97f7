import type { FastifyInstance } from 'fastify';

export function deviceRoutes(app: FastifyInstance) {
  app.delete<{ Body: { token: string } }>('/devices', async (request, reply) => {
    const { token } = request.body;
    await app.deviceStore.remove(token);
    // the first characters tell which device registration went away; the token itself stays out of the log
    request.log.info({ token: token.substring(0, 20) }, 'device token removed');
    return reply.code(204).send();
  });

  app.post<{ Body: { token: string } }>('/devices', async (request, reply) => {
    const { token } = request.body;
    const { error } = await app.deviceStore.add(token);
    if (error) request.log.error({ reason: error.message }, 'device token not stored');
    request.log.info({ token }, 'device token stored'); // expect: logging/sensitive-data
    return reply.code(201).send();
  });

  app.post<{ Body: { password: string } }>('/devices/lock', async (request, reply) => {
    const { password } = request.body;
    // a password may be no longer than the cut: its prefix is the password
    request.log.info({ password: password.slice(0, 20) }, 'lock attempt'); // expect: logging/sensitive-data
    return reply.code(202).send();
  });
}
