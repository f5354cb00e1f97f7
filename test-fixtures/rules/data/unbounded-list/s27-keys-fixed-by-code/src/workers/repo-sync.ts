import { prisma } from '../db';

// pulls trending repositories every hour: the table grows as it runs
export async function syncRepos(fetchTrending: () => Promise<{ id: string; fullName: string }[]>) {
  for (const r of await fetchTrending()) {
    await prisma.repo.upsert({ where: { id: r.id }, create: r, update: { fullName: r.fullName } });
  }
}
