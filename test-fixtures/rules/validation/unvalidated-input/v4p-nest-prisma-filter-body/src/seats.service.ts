import { Injectable } from '@nestjs/common';
import { DbService } from './db.service';

@Injectable()
export class SeatsService {
  constructor(private prisma: DbService) {}

  async release(seatToken: string) {
    await this.prisma.seatToken.updateMany({ where: { value: seatToken }, data: { releasedAt: new Date() } });
  }

  async holderOf(code: string) {
    return this.prisma.seat.findUnique({ where: { code } });
  }

  async seatsOf(ownerId: string) {
    return this.prisma.seat.findMany({ where: { ownerId } });
  }
}
