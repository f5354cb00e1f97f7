import { Controller, Get, Param } from '@nestjs/common';
import { PrismaService } from './prisma.service';

@Controller('cases')
export class CasesController {
  constructor(private readonly prisma: PrismaService) {}

  @Get(':id')
  async one(@Param('id') id: string) {
    return this.prisma.case.findUnique({ where: { id } });
  }
}
