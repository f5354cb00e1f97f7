import Fastify from 'fastify';
import closeWithGrace from 'close-with-grace';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = Fastify();
app.addHook('onClose', async () => {
  await prisma.$disconnect();
});
app.get('/items', async () => prisma.item.findMany({ take: 50 }));
closeWithGrace(async () => {
  await app.close();
});
await app.listen({ port: 3000 });
