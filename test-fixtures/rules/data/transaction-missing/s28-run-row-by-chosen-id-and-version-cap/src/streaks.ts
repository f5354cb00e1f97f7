import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

// the grace day marked, then the streak written: one row of one user, written twice
export async function recordActivity(userId: string, daysSince: number) {
  const streak = await prisma.goalStreak.findUnique({ where: { userId } });
  if (!streak) return null;
  let next = 1;
  if (daysSince === 1) {
    next = streak.current + 1;
  } else if (daysSince === 2 && !streak.freezeUsed) {
    next = streak.current;
    await prisma.goalStreak.update({ where: { userId }, data: { freezeUsed: true } });
  }
  const updated = await prisma.goalStreak.update({ where: { userId }, data: { current: next, lastActivity: new Date() } });
  return updated;
}

// the user's streak, then the team's: two rows
export async function recordTeamActivity(userId: string, teamId: string) {
  await prisma.goalStreak.update({ where: { userId }, data: { current: { increment: 1 } } }); // expect: data/transaction-missing
  const team = await prisma.goalStreak.update({ where: { userId: teamId }, data: { current: { increment: 1 } } });
  return team;
}
