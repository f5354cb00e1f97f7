import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';

@Injectable()
export class ReportsService {
  private readonly prisma = new PrismaClient();

  // The dates filter as Date objects; the period echoed in the answer is the text the caller sent.
  async bookings(clubId: string, from: string, to: string) {
    const start = new Date(from);
    const end = new Date(to);
    const total = await this.prisma.booking.count({ where: { clubId, day: { gte: start, lte: end } } });
    return { period: { from, to }, total };
  }

  // The title is kept in a stored record.
  async snapshot(clubId: string, title: string) {
    const saved = await this.prisma.reportSnapshot.create({ data: { clubId, title } });
    return { id: saved.id, title };
  }
}
