import { Module } from '@nestjs/common';
import { CoachesController } from './coaches.controller';
import { CoachesService } from './coaches.service';
import { PrismaService } from './prisma.service';

@Module({ controllers: [CoachesController], providers: [CoachesService, PrismaService] })
export class AppModule {}
