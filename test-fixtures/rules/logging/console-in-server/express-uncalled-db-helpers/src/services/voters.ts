import { prisma, countVoters } from '../config/database.js';

export async function listVoters(page: number) {
  const total = await countVoters();
  const rows = await prisma.voter.findMany({ skip: page * 20, take: 20, orderBy: { id: 'asc' } });
  return { total, rows };
}
