import { Injectable } from '@nestjs/common';
import { PrismaService } from './prisma.service';

@Injectable()
export class DepositsService {
  constructor(private readonly prisma: PrismaService) {}

  // the period filters the deposits and is answered back beside the sum
  async summary(ownerId: string, from?: Date, to?: Date) {
    const periodStart = from || new Date(Date.now() - 30 * 24 * 3600 * 1000);
    const periodEnd = to || new Date();
    const rows = await this.prisma.deposit.findMany({
      where: { ownerId, bookedAt: { gte: periodStart, lte: periodEnd } },
    });
    if (rows.length === 0) return this.empty(periodStart, periodEnd);
    const accounts = await this.prisma.account.findMany({
      where: { ownerId },
      include: { deposits: { where: { bookedAt: { gte: periodStart, lte: periodEnd } } } },
    });
    const total = rows.reduce((sum, r) => sum + r.amount, 0);
    return { total, count: rows.length, accounts: accounts.length, periodStart, periodEnd };
  }

  private empty(periodStart: Date, periodEnd: Date) {
    return { total: 0, count: 0, periodStart, periodEnd };
  }

  // the date becomes the stored booking day
  async rebook(id: string, bookedAt: Date) {
    return this.prisma.deposit.update({ where: { id }, data: { bookedAt } });
  }
}
