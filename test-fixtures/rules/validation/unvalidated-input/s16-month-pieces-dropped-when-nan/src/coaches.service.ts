import { Injectable } from '@nestjs/common';
import { PrismaService } from './prisma.service';

@Injectable()
export class CoachesService {
  constructor(private readonly prisma: PrismaService) {}

  // "2025-03" picks a month; anything that is not two numbers is ignored and the next three months are shown
  async calendar(coachId: string, month?: string) {
    const where: any = { coachId };
    if (month) {
      const [year, monthNum] = month.split('-').map(Number);
      if (!isNaN(year) && !isNaN(monthNum)) {
        const first = new Date(year, monthNum - 1, 1);
        const last = new Date(year, monthNum, 0, 23, 59, 59);
        where.date = { gte: first, lte: last };
      }
    } else {
      const today = new Date();
      const until = new Date(today);
      until.setMonth(today.getMonth() + 3);
      where.date = { gte: today, lte: until };
    }
    return this.prisma.lesson.findMany({ where, orderBy: { date: 'asc' } });
  }

  // the pieces are tested, but the text itself is stored as it came
  async week(coachId: string, week?: string) {
    const where: any = { coachId };
    if (week) {
      const [year, num] = week.split('-').map(Number);
      if (!isNaN(year) && !isNaN(num)) where.week = num;
      await this.prisma.viewLog.create({ data: { coachId, label: week } });
    }
    return this.prisma.lesson.findMany({ where });
  }

  // the note is spliced into raw SQL text
  async search(coachId: string, note?: string) {
    return this.prisma.$queryRawUnsafe(`SELECT * FROM lessons WHERE coach_id = $1 AND note LIKE '%${note ?? ''}%'`, coachId);
  }
}
