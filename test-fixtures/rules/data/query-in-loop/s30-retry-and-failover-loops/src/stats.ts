import { prisma } from './db';

const MAX_TRIES = Number(process.env.STATS_TRIES || 5);

// an optimistic-lock retry: a version conflict goes round again, the first save that goes through ends the loop
export async function bumpScore(userId: string, points: number) {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    try {
      const stats = await prisma.userStats.findUnique({ where: { userId } });
      if (!stats) return;
      if (points > stats.best) {
        const previous = await prisma.round.findFirst({ where: { userId }, orderBy: { score: 'desc' } });
        stats.best = Math.max(points, previous?.score ?? 0);
      }
      await prisma.userStats.update({ where: { userId, version: stats.version }, data: { best: stats.best, version: stats.version + 1 } });
      return;
    } catch (err) {
      if (attempt < MAX_TRIES - 1) continue;
      throw err;
    }
  }
}

// each team's total, one query per team
export async function teamTotals(teamIds: string[]) {
  const out: Record<string, number> = {};
  for (const teamId of teamIds) {
    const rounds = await prisma.round.findMany({ where: { teamId }, select: { score: true } }); // expect: data/query-in-loop
    out[teamId] = rounds.reduce((sum, r) => sum + r.score, 0);
  }
  return out;
}

// the same retry around a transaction: the callback's queries run again only when the transaction failed
export async function recordRound(userId: string, score: number) {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    try {
      await prisma.$transaction(async (tx) => {
        const stats = await tx.userStats.findUnique({ where: { userId } });
        await tx.userStats.update({ where: { userId }, data: { rounds: (stats?.rounds ?? 0) + 1, last: score } });
      });
      return;
    } catch (err) {
      if (attempt < MAX_TRIES - 1) continue;
      throw err;
    }
  }
}
