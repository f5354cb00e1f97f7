import { PrismaClient } from '@prisma/client';
import { toRange, looseRange } from '../utils/range';

const prisma = new PrismaClient();

export class ReportService {
  static async summary(from?: string, to?: string) {
    const range = toRange(from, to);
    return prisma.ticket.count({ where: { createdAt: { gte: range.from, lte: range.to } } });
  }

  static async exportRows(from?: string) {
    const range = looseRange(from);
    return prisma.ticket.findMany({ where: { createdAt: { gte: range.from } } });
  }
}
