import bcrypt from 'bcryptjs';
import type { FastifyPluginAsync } from 'fastify';

interface Member { id: string; card: string; pinHash: string }
const members = new Map<string, Member>();

const memberRoutes: FastifyPluginAsync = async (server) => {
  server.get('/count', async () => ({ count: members.size }));

  server.post<{ Body: { card: string; password: string } }>('/sign-in', async (request, reply) => {
    const member = members.get(request.body.card);
    if (!member || !(await bcrypt.compare(request.body.password, member.pinHash))) {
      return reply.code(401).send({ error: 'Unknown card or password' });
    }
    return { token: server.jwt.sign({ sub: member.id }) };
  });
};

export default memberRoutes;
