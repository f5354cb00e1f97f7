import { Module } from '@nestjs/common';
import { CasesController } from './status/cases.controller';
import { ReadinessController } from './status/readiness.controller';
import { PrismaService } from './status/prisma.service';

@Module({ controllers: [CasesController, ReadinessController], providers: [PrismaService] })
export class AppModule {}
