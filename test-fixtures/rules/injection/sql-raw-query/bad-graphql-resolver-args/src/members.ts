import type { PrismaClient } from '@prisma/client';

export function findMembers(prisma: PrismaClient, search: string) {
  return prisma.$queryRawUnsafe(`SELECT id, name FROM members WHERE name ILIKE '%${search}%' LIMIT 50`); // expect: injection/sql-raw-query[error]
}
