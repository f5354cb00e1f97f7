import Fastify from 'fastify';
import closeWithGrace from 'close-with-grace';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = Fastify();
app.get('/items', async () => prisma.item.findMany({ take: 50 }));
closeWithGrace(async () => { // expect: lifecycle/db-not-closed[note]
  await app.close();
});
await app.listen({ port: 3000 });
