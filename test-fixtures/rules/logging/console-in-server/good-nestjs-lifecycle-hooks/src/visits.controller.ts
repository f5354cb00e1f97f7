import { Controller, Get, Logger } from '@nestjs/common';
import { PrismaService } from './prisma.service';

@Controller('visits')
export class VisitsController {
  private readonly logger = new Logger(VisitsController.name);
  constructor(private readonly prisma: PrismaService) {}

  @Get()
  async list() {
    this.logger.log('listing visits');
    return this.prisma.visit.findMany({ take: 50 });
  }
}
