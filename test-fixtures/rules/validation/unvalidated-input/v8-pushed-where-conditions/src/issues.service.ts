import { prisma } from './db';

export interface IssueQuery {
  page: number;
  text?: string;
  reporter?: string;
}

export class IssueService {
  static async list(ownerId: number, q: IssueQuery) {
    const { page, text } = q;
    const where: any = { ownerId };
    if (text) {
      const anyOf: any[] = [
        { summary: { contains: text, mode: 'insensitive' } },
        { body: { contains: text, mode: 'insensitive' } },
      ];
      const asNumber = parseInt(text);
      if (!isNaN(asNumber)) {
        anyOf.push({ id: { equals: asNumber } });
      }
      where.OR = anyOf;
    }
    return prisma.issue.findMany({ where, skip: (page - 1) * 20, take: 20 });
  }

  static async byReporter(ownerId: number, q: IssueQuery) {
    const where: any = { ownerId };
    if (q.reporter) {
      const anyOf: any[] = [];
      anyOf.push({ reporter: q.reporter });
      anyOf.push({ assignee: q.reporter });
      where.OR = anyOf;
    }
    return prisma.issue.findMany({ where });
  }
}
