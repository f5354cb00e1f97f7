import { prisma } from './db.js';

export async function castVote(userId: string, topicId: string, value: number) {
  await prisma.vote.upsert({
    where: { userId_topicId: { userId, topicId } },
    create: { userId, topicId, value },
    update: { value },
  });
  await prisma.topic.update({ where: { id: topicId }, data: { score: { increment: value } } });
}
