import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = Fastify();

// the page size is bounded (answered 403 above 50), then only counts rows
app.get('/api/members', async (request, reply) => {
    const { size = 20 } = request.query;
    if (size > 50) {
        return reply.code(403).send({ error: 'At most 50 members per page' });
    }
    const members = await prisma.member.findMany({ take: Number(size), orderBy: { name: 'asc' } });
    return members.map((m) => ({ id: m.id, name: m.name }));
});

// the offset has no bound at all
app.get('/api/members/recent', async (request, reply) => {
    const { from = 0 } = request.query; // expect: validation/unvalidated-input
    if (!request.headers.authorization) {
        return reply.code(403).send({ error: 'Sign in first' });
    }
    const members = await prisma.member.findMany({ skip: Number(from), take: 20, orderBy: { joinedAt: 'desc' } });
    return members.map((m) => ({ id: m.id, name: m.name }));
});

app.listen({ port: 3000 });
