import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const DAY = 24 * 60 * 60 * 1000;

class StatsService {
  // The period picks a start date; any other text falls to the 30-day default.
  async summary(period = '30d') {
    const now = new Date();
    let since;
    switch (period) {
      case '7d':
        since = new Date(now.getTime() - 7 * DAY);
        break;
      case '1y':
        since = new Date(now.getTime() - 365 * DAY);
        break;
      default:
        since = new Date(now.getTime() - 30 * DAY);
    }
    const invoices = await prisma.invoice.findMany({ where: { createdAt: { gte: since } } });
    const buckets = this.bucketSize(since, now, period);
    return { count: invoices.length, buckets };
  }

  // The helper only compares the period with fixed names.
  bucketSize(from, to, period) {
    const step = period === '1y' ? 30 : period === '7d' ? 1 : 7;
    return Math.ceil((to.getTime() - from.getTime()) / (step * DAY));
  }

  // The same choice, but the helper keeps the period as it came in a stored record.
  async snapshot(period = '30d') {
    let days;
    switch (period) {
      case '7d':
        days = 7;
        break;
      default:
        days = 30;
    }
    await this.remember(days, period);
    return { days };
  }

  async remember(days, period) {
    return prisma.statsSnapshot.create({ data: { days, label: period } });
  }
}

export { StatsService };
