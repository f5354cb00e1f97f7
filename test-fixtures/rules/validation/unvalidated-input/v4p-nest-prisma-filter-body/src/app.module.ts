import { Module } from '@nestjs/common';
import { SeatsController } from './seats.controller';
import { SeatsService } from './seats.service';
import { DbService } from './db.service';

@Module({ controllers: [SeatsController], providers: [SeatsService, DbService] })
export class AppModule {}
