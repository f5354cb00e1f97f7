import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

@Injectable()
export class TeamsService {
  create(name: string) {
    return prisma.team.create({ data: { name } });
  }

  remove(id: string) {
    return prisma.team.delete({ where: { id } });
  }
}
