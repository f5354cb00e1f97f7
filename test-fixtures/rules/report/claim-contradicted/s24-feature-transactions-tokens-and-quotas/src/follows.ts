import { prisma } from './db.js';

export async function followCompany(userId: string, companyId: string) {
  return prisma.$transaction([
    prisma.follow.create({ data: { userId, companyId } }),
    prisma.company.update({ where: { id: companyId }, data: { followers: { increment: 1 } } }),
  ]);
}

export async function unfollowCompany(userId: string, companyId: string) {
  return prisma.$transaction([
    prisma.follow.delete({ where: { userId_companyId: { userId, companyId } } }),
    prisma.company.update({ where: { id: companyId }, data: { followers: { decrement: 1 } } }),
  ]);
}
