import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
import { DrawFiltersInput } from './draw-filters.input';

const prisma = new PrismaClient();

@Injectable()
export class DrawsService {
  // the status is one of the enum's values: the ValidationPipe refuses anything else
  byStatus(filters?: DrawFiltersInput) {
    const status = filters?.status ?? 'OPEN';
    return prisma.$queryRawUnsafe(`SELECT id, title FROM draws WHERE status = '${status}' LIMIT 50`);
  }

  // a free-text field spliced the same way
  byCategory(filters?: DrawFiltersInput) {
    const category = filters?.category ?? 'all';
    return prisma.$queryRawUnsafe(`SELECT id, title FROM draws WHERE category = '${category}' LIMIT 50`); // expect: injection/sql-raw-query[error]
  }
}
