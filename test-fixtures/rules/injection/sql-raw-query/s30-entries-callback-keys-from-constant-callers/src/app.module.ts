import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Round } from './entities';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

@Module({ imports: [TypeOrmModule.forFeature([Round])], controllers: [StatsController], providers: [StatsService] })
export class AppModule {}
