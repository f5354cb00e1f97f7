import { PrismaClient } from '@prisma/client';
import type { ListQuery } from './validation';

const prisma = new PrismaClient();

// the search text is bound; the page size and offset are numbers the schema admits
export async function searchArticles(query: ListQuery) {
  const { search, limit, page } = query;
  const skip = (page - 1) * limit;
  const sql = `SELECT id, title FROM articles WHERE title ILIKE $1 ORDER BY published_at DESC LIMIT ${limit + 1} OFFSET ${skip}`;
  return prisma.$queryRawUnsafe(sql, `%${search ?? ''}%`);
}

// the order is free text of the same schema
export async function orderedArticles(query: ListQuery) {
  const sql = `SELECT id, title FROM articles ORDER BY ${query.order} LIMIT ${query.limit}`;
  return prisma.$queryRawUnsafe(sql); // expect: injection/sql-raw-query
}
