import { PrismaClient } from '@prisma/client';

export async function up(prisma: PrismaClient) {
  const users = await prisma.user.findMany({ where: { displayName: null }, take: 1000 });
  for (const u of users) {
    await prisma.user.update({ where: { id: u.id }, data: { displayName: u.email.split('@')[0] } });
    console.log(`filled display name of ${u.id}`);
  }
}
