import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { db } from './db';

export async function coachRoutes(app: FastifyInstance) {
  // signed in: the whole roster; anyone else: the public names of one club
  app.get('/coaches', async (request: FastifyRequest<{ Querystring: { clubId?: string } }>, reply: FastifyReply) => {
    try {
      await (app.authenticate as any)(request, reply);
    } catch {
      const clubId = request.query.clubId;
      if (!clubId) return reply.status(400).send({ error: 'clubId required' });
      return db.coach.findMany({ where: { clubId: String(clubId), listed: true }, select: { id: true, name: true } });
    }
    return db.coach.findMany({ where: { clubId: (request as any).user.clubId } });
  });

  // the guard's failure answered 401 by the handler: signed-in callers only
  app.get('/coaches/me', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await (app.authenticate as any)(request, reply);
    } catch (err) {
      return reply.status(401).send({ error: 'Sign in first' });
    }
    return db.coach.findUnique({ where: { id: (request as any).user.sub } });
  });
}
