import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient({ log: ['error'] });

export { prisma };

export async function checkDatabase(): Promise<boolean> {
  try {
    await prisma.$connect();
    console.log('database reachable');
    return true;
  } catch (err) {
    console.error('database unreachable', err);
    return false;
  }
}

export async function closeDatabase(): Promise<void> {
  try {
    await prisma.$disconnect();
    console.log('database closed');
  } catch (err) {
    console.error('closing database failed', err);
  }
}

export async function countVoters(): Promise<number> {
  const n = await prisma.voter.count();
  console.log('voters counted', n); // expect: logging/console-in-server
  return n;
}
